using System.Collections.Immutable;

namespace MemoryBench.Reading;

/// <summary>One benchmark of a run, keyed as BenchmarkDotNet's export names it: its "FullName" and the job's id.</summary>
/// <param name="FullName">BenchmarkDotNet's "FullName" of the benchmark case.</param>
/// <param name="Job">The job's id.</param>
/// <param name="Categories">The benchmark's categories.</param>
/// <param name="IsBaseline">Marked <c>Baseline = true</c>.</param>
/// <param name="Budget">The budget declared by attribute; null when none.</param>
public sealed record RunManifestEntry(
    string FullName,
    string Job,
    ImmutableArray<string> Categories,
    bool IsBaseline,
    RunManifestBudget? Budget);
