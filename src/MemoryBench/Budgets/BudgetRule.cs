using MemoryBench.Model;

namespace MemoryBench.Budgets;

/// <summary>A budget for every benchmark a pattern matches, from a budgets file.</summary>
/// <param name="Pattern">Which benchmarks it applies to.</param>
/// <param name="Budget">The limits, with where they were declared.</param>
public sealed record BudgetRule(BenchmarkPattern Pattern, Budget Budget);
