using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Budgets;

/// <summary>
/// Every budget of a comparison: those declared on the benchmarks themselves (<see cref="BenchmarkResult.Budget"/>)
/// and the rules of a budgets file. When several apply to a benchmark, the strictest of each limit wins.
/// </summary>
/// <param name="Rules">Budgets file rules, in file order.</param>
public sealed record BudgetSet(ImmutableArray<BudgetRule> Rules)
{
    /// <summary>No budgets file; budgets declared on benchmarks still apply.</summary>
    public static BudgetSet Empty { get; } = new(ImmutableArray<BudgetRule>.Empty);

    /// <summary>
    /// The limits for <paramref name="benchmark"/>: its own budget first, then matching rules in file
    /// order; on a tie the first declaration keeps the credit.
    /// </summary>
    internal EffectiveBudget For(BenchmarkResult benchmark)
    {
        var declared = Rules
            .Where(rule => rule.Pattern.Matches(benchmark.Id, benchmark.Name))
            .Select(rule => rule.Budget);
        if (benchmark.Budget is { } own)
        {
            declared = declared.Prepend(own);
        }

        return declared.Aggregate(EffectiveBudget.None, Tighten);
    }

    private static EffectiveBudget Tighten(EffectiveBudget sofar, Budget budget)
    {
        // The attribute's contract says a negative limit means none; a reader passing it on must not make every figure a breach.
        var maxBytes = budget.MaxBytesPerOperation is long bytes and >= 0
            && (sofar.MaxBytesPerOperation is not { } kept || bytes < kept.Bytes)
            ? new BytesLimit(bytes, budget.Source)
            : sofar.MaxBytesPerOperation;
        return new EffectiveBudget(
            maxBytes,
            sofar.NoGen2Source ?? (budget.NoGen2 ? budget.Source : null),
            sofar.RetainsNothingSource ?? (budget.RetainsNothing ? budget.Source : null));
    }
}
