using System.Collections.Immutable;

namespace MemoryBench.Model;

/// <summary>Every benchmark of a run (or of the baseline file), with the environment it ran in.</summary>
/// <param name="Environment">Null when the input does not say.</param>
/// <param name="Benchmarks">Sorted by id.</param>
/// <param name="Sources">The files the results were read from.</param>
public sealed record RunResults(
    EnvironmentFingerprint? Environment,
    ImmutableArray<BenchmarkResult> Benchmarks,
    ImmutableArray<string> Sources)
{
    /// <summary>Whether the run set out to measure every benchmark; a partial run's missing ones are "not run".</summary>
    public RunCoverage Coverage { get; init; } = RunCoverage.Complete;

    /// <summary>The BenchmarkDotNet and MemoryBench versions that measured the run; null when the input does not say (a baseline of schema 1).</summary>
    public Toolchain? Toolchain { get; init; }

    /// <summary>What the reader noticed and resolved without refusing the input; the report shows each.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
