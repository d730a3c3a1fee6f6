using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>A whole comparison: one entry per benchmark in either run, sorted by id.</summary>
/// <param name="Benchmarks">Every benchmark's verdict.</param>
/// <param name="BaselineEnvironment">Where the baseline ran; null when unknown.</param>
/// <param name="CurrentEnvironment">Where the current run ran; null when unknown.</param>
/// <param name="GcCountsComparable">Whether Gen0/1/2 counts were judged.</param>
/// <param name="NotComparableReason">Why they were not, in words; null when they were.</param>
/// <param name="Thresholds">The thresholds the verdicts were reached with.</param>
public sealed record ComparisonResult(
    ImmutableArray<BenchmarkComparison> Benchmarks,
    EnvironmentFingerprint? BaselineEnvironment,
    EnvironmentFingerprint? CurrentEnvironment,
    bool GcCountsComparable,
    string? NotComparableReason,
    Thresholds Thresholds)
{
    /// <summary>Whether the current run set out to measure every benchmark.</summary>
    public RunCoverage Coverage { get; init; } = RunCoverage.Complete;

    /// <summary>The BenchmarkDotNet and MemoryBench that measured the baseline; null when it does not say.</summary>
    public Toolchain? BaselineToolchain { get; init; }

    /// <summary>The BenchmarkDotNet and MemoryBench that measured the current run; null when it does not say.</summary>
    public Toolchain? CurrentToolchain { get; init; }

    /// <summary>What the readers noticed and resolved; the report shows each.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>
    /// True when nothing failed, regressed, broke a budget or was removed, and at least one benchmark has a current result.
    /// </summary>
    public bool Passed =>
        Benchmarks.Any(b => b.Current is not null)
        && !Benchmarks.Any(b => FailsTheGate(b.Verdict));

    /// <summary>The verdicts that fail the gate.</summary>
    public static bool FailsTheGate(Verdict verdict) =>
        verdict is Verdict.Failed or Verdict.OverBudget or Verdict.Regressed or Verdict.Removed;
}
