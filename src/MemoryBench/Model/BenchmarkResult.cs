using System.Collections.Immutable;

namespace MemoryBench.Model;

/// <summary>One benchmark's figures from a run or from the baseline file.</summary>
/// <param name="Id">The identity the comparison matches on.</param>
/// <param name="Name">The parts of the name, for display.</param>
/// <param name="Categories">BenchmarkDotNet categories; the suite names a pair with one.</param>
/// <param name="IsBaseline">True for the benchmark marked Baseline = true (the wasteful side of a pair).</param>
/// <param name="Memory">Null when the run had no memory diagnoser: memory not measured.</param>
/// <param name="Time">Null when there are no statistics.</param>
/// <param name="Retained">Null when retained memory was not measured.</param>
/// <param name="Failed">True when the run produced no usable measurement.</param>
public sealed record BenchmarkResult(
    BenchmarkId Id,
    BenchmarkName Name,
    ImmutableArray<string> Categories,
    bool IsBaseline,
    MemoryMetrics? Memory,
    TimeSummary? Time,
    RetainedMemory? Retained,
    bool Failed)
{
    /// <summary>The budget declared next to the benchmark (<c>[MemoryBudget]</c>, read from the export); null when none.</summary>
    public Budget? Budget { get; init; }

    /// <summary>Where its allocations went (types by bytes per operation); null when it was not profiled.</summary>
    internal Attribution.AllocationProfile? Allocations { get; init; }
}
