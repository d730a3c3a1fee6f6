using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>The verdict on one benchmark, the findings that led to it, and both sides' figures.</summary>
public sealed record BenchmarkComparison(
    BenchmarkId Id,
    Verdict Verdict,
    ImmutableArray<Finding> Findings,
    BenchmarkResult? Baseline,
    BenchmarkResult? Current);
