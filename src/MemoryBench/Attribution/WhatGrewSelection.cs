using System.Collections.Immutable;
using MemoryBench.Comparison;

namespace MemoryBench.Attribution;

/// <summary>Which benchmarks get a "What grew" answer, and the answers from the profiles a run left.</summary>
internal static class WhatGrewSelection
{
    /// <summary>
    /// A benchmark is attributed when it fails the gate on memory: allocations regressed, a budget broken, or a leak
    /// (retained memory regressed).
    /// </summary>
    public static bool NeedsAttribution(BenchmarkComparison benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return benchmark.Current is { Failed: false }
            && (benchmark.Verdict is Verdict.Regressed or Verdict.OverBudget
                || NeedsRetainedTypes(benchmark));
    }

    /// <summary>A benchmark gets its retained types (heap snapshots) when it leaks: retained memory regressed or broke a budget.</summary>
    internal static bool NeedsRetainedTypes(BenchmarkComparison benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return benchmark.Current is { Failed: false }
            && benchmark.Findings.Any(finding => finding is { Metric: Metric.RetainedBytesPerOperation, Kind: FindingKind.Regression or FindingKind.BudgetBreach });
    }

    /// <summary>The answers for every attributed benchmark that has a current profile, by benchmark id.</summary>
    public static ImmutableArray<WhatGrew> For(ComparisonResult result, IReadOnlyDictionary<string, AllocationProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(profiles);
        return
        [
            .. result.Benchmarks
                .Where(NeedsAttribution)
                .OrderBy(benchmark => benchmark.Id)
                .Select(benchmark => profiles.TryGetValue(ProfiledRun.KeyOf(benchmark.Current!.Name), out var current)
                    ? ProfileComparison.Compare(
                        benchmark.Baseline?.Allocations,
                        current,
                        benchmark.Baseline?.Memory?.BytesAllocatedPerOperation,
                        benchmark.Current.Memory?.BytesAllocatedPerOperation)
                    : null)
                .OfType<WhatGrew>(),
        ];
    }
}
