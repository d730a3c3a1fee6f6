using System.Collections.Immutable;
using MemoryBench.Budgets;
using MemoryBench.Model;

namespace MemoryBench.Pipeline;

/// <summary>What the read stage found: both sides and the budgets, and every file they came from.</summary>
/// <param name="Baseline">The baseline's benchmarks.</param>
/// <param name="Current">The run's benchmarks.</param>
/// <param name="Budgets">The budgets file's, or none.</param>
/// <param name="Sources">Every file read: no output may be written onto one.</param>
internal sealed record RunInputs(RunResults Baseline, RunResults Current, BudgetSet Budgets, ImmutableArray<string> Sources);
