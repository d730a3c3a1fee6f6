using System.Collections.Immutable;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>The machine-readable verdicts: what <see cref="VerdictJson"/> writes and reads.</summary>
/// <param name="SchemaVersion">Raised when a field changes meaning or goes away.</param>
/// <param name="Passed">Whether the gate passes.</param>
/// <param name="ExitCode">The exit code the comparison ends with: 0 passed, 1 failed.</param>
/// <param name="Totals">How many benchmarks got each verdict.</param>
/// <param name="GcCountsComparable">Whether Gen0/1/2 counts were judged.</param>
/// <param name="NotComparableReason">Why they were not; null when they were.</param>
/// <param name="BaselineEnvironment">Where the baseline ran; null when unknown.</param>
/// <param name="CurrentEnvironment">Where the current run ran; null when unknown.</param>
/// <param name="Thresholds">The thresholds the verdicts were reached with.</param>
/// <param name="Benchmarks">One entry per benchmark, ordered by id (ordinal).</param>
/// <param name="Coverage">Whether the current run measured every benchmark or part of them (a filter, a shard).</param>
/// <param name="Warnings">What the readers noticed and resolved (stale exports, budgets matching nothing).</param>
internal sealed record VerdictDocument(
    int SchemaVersion,
    bool Passed,
    int ExitCode,
    VerdictTotals Totals,
    bool GcCountsComparable,
    string? NotComparableReason,
    EnvironmentFingerprint? BaselineEnvironment,
    EnvironmentFingerprint? CurrentEnvironment,
    Thresholds Thresholds,
    ImmutableArray<BenchmarkVerdict> Benchmarks,
    RunCoverage Coverage,
    ImmutableArray<string> Warnings)
{
    /// <summary>The MemoryBench that wrote the document: "0.2.0".</summary>
    public string? MemoryBenchVersion { get; init; }

    /// <summary>The BenchmarkDotNet and MemoryBench that measured the baseline; null when it does not say.</summary>
    public Toolchain? BaselineToolchain { get; init; }

    /// <summary>The BenchmarkDotNet and MemoryBench that measured the current run; null when it does not say.</summary>
    public Toolchain? CurrentToolchain { get; init; }

    /// <summary>Optional: "What grew" for each benchmark attributed from allocation samples; left out when none was.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ImmutableArray<Attribution.WhatGrew>? WhatGrew { get; init; }
}

/// <summary>How many benchmarks got each verdict; failed, over budget, regressed and removed fail the gate.</summary>
internal sealed record VerdictTotals(
    int Benchmarks,
    int Failed,
    int OverBudget,
    int Regressed,
    int Improved,
    int Unchanged,
    int New,
    int Removed,
    int NotRun);

/// <summary>One benchmark's verdict, its findings (ordered by metric, then kind), and both sides' figures.</summary>
internal sealed record BenchmarkVerdict(
    string Id,
    Verdict Verdict,
    ImmutableArray<FindingDocument> Findings,
    BenchmarkFigures? Baseline,
    BenchmarkFigures? Current);

/// <summary>A finding with its cause as figures and as the sentence the reports show.</summary>
/// <param name="Metric">The figure concerned.</param>
/// <param name="Kind">What happened to it.</param>
/// <param name="Baseline">The baseline figure (or the budget's limit for a breach); null when there is none.</param>
/// <param name="Current">The current figure; null when there is none.</param>
/// <param name="Cause">Why, as figures.</param>
/// <param name="Reason">The same in words, as the console and the markdown report say it.</param>
internal sealed record FindingDocument(Metric Metric, FindingKind Kind, double? Baseline, double? Current, FindingCause Cause, string Reason);

/// <summary>One side's figures; a null part was not measured.</summary>
internal sealed record BenchmarkFigures(bool Failed, MemoryMetrics? Memory, RetainedMemory? Retained, double? MeanNanoseconds);
