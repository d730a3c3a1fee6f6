using System.Collections.Immutable;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Budgets;

/// <summary>
/// Breaches of a benchmark's budget in the current run. The baseline plays no part: a breach fails
/// even when the baseline has the same figure, as an assertion fails on a value it always had.
/// </summary>
internal static class BudgetCheck
{
    /// <summary>What to do about a run without memory figures, shared by every message that needs them.</summary>
    public const string MemoryNotMeasured = "memory was not measured (add [MemoryDiagnoser] to the benchmark class, or MemoryDiagnoser.Default to its config)";

    /// <summary>One finding per limit breached, or not checkable because the run did not measure it (which fails too).</summary>
    public static ImmutableArray<Finding> Judge(EffectiveBudget budget, BenchmarkResult current, Thresholds thresholds)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        if (budget.MaxBytesPerOperation is { } limit && MaxBytes(limit, current.Memory) is { } bytes)
        {
            findings.Add(bytes);
        }

        if (budget.NoGen2Source is { } noGen2Source && NoGen2(noGen2Source, current.Memory) is { } gen2)
        {
            findings.Add(gen2);
        }

        if (budget.RetainsNothingSource is { } retainsSource && RetainsNothing(retainsSource, current.Retained, thresholds) is { } retained)
        {
            findings.Add(retained);
        }

        return findings.ToImmutable();
    }

    /// <summary>A breach when allocated bytes/op exceed the limit; exactly at the limit is within it.</summary>
    public static Finding? MaxBytes(BytesLimit limit, MemoryMetrics? memory)
    {
        if (memory is null)
        {
            return NotChecked(Metric.AllocatedBytesPerOperation, limit.Bytes, BudgetRequirement.MaxBytesPerOperation, limit.Source, MemoryNotMeasured);
        }

        var bytes = memory.BytesAllocatedPerOperation;
        if (bytes <= limit.Bytes)
        {
            return null;
        }

        return new Finding(
            Metric.AllocatedBytesPerOperation,
            FindingKind.BudgetBreach,
            limit.Bytes,
            bytes,
            new OverBudget(BudgetRequirement.MaxBytesPerOperation, limit.Source));
    }

    /// <summary>A breach when the run had any Gen2 collection; figures per 1,000 operations like every GC finding.</summary>
    public static Finding? NoGen2(string source, MemoryMetrics? memory)
    {
        if (memory is null)
        {
            return NotChecked(Metric.Gen2Collections, 0, BudgetRequirement.NoGen2, source, MemoryNotMeasured);
        }

        if (memory.Gen2Collections <= 0)
        {
            return null;
        }

        return new Finding(
            Metric.Gen2Collections,
            FindingKind.BudgetBreach,
            0,
            memory.PerThousandOperations(Metric.Gen2Collections),
            new OverBudget(BudgetRequirement.NoGen2, source, Collections: new CollectionRate(memory.Gen2Collections, memory.TotalOperations)));
    }

    /// <summary>A breach when the benchmark retains memory significantly above zero (see <see cref="RetainedSignificance"/>).</summary>
    public static Finding? RetainsNothing(string source, RetainedMemory? retained, Thresholds thresholds)
    {
        if (retained is null)
        {
            return NotChecked(
                Metric.RetainedBytesPerOperation, 0, BudgetRequirement.RetainsNothing, source, "retained memory was not measured (the suite's RetainedMemoryDiagnoser measures it)");
        }

        if (!RetainedSignificance.Retains(retained, thresholds.RetainedBytesTolerance))
        {
            return null;
        }

        return new Finding(
            Metric.RetainedBytesPerOperation,
            FindingKind.BudgetBreach,
            0,
            retained.BytesPerOperation,
            new OverBudget(BudgetRequirement.RetainsNothing, source, Retained: retained));
    }

    private static Finding NotChecked(Metric metric, double limit, BudgetRequirement requirement, string source, string missing) =>
        new(metric, FindingKind.BudgetNotChecked, limit, null, new BudgetUnchecked(requirement, source, missing));
}
