using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Reading;

/// <summary>The gen0 budget of a whole run, from what each job pins and what its benchmarks measured.</summary>
internal static class RunGen0Budget
{
    /// <summary>
    /// Each job's budget (<see cref="Gen0BudgetInference.Effective"/>); the run's when every job that has
    /// one agrees, preferring a pinned one. Null when no job has one or jobs disagree: the counts of
    /// jobs under different budgets would not be comparable as one run.
    /// </summary>
    public static Gen0Budget? Of(IEnumerable<(string Job, long? Pinned, MemoryMetrics? Memory)> benchmarks)
    {
        var budgets = benchmarks
            .GroupBy(b => b.Job, StringComparer.Ordinal)
            .Select(job => Gen0BudgetInference.Effective(
                PinnedByEvery(job.Select(b => b.Pinned)),
                job.Select(b => b.Memory).OfType<MemoryMetrics>()))
            .OfType<Gen0Budget>()
            .ToList();
        if (budgets.Count == 0 || budgets.Any(budget => !Gen0BudgetComparison.Agree(budget, budgets[0])))
        {
            return null;
        }

        return budgets.FirstOrDefault(budget => budget.Source == Gen0BudgetSource.Pinned) ?? budgets[0];
    }

    // One job has one environment; should its benchmarks disagree, nothing is pinned for certain.
    private static long? PinnedByEvery(IEnumerable<long?> pinned)
    {
        var distinct = pinned.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
