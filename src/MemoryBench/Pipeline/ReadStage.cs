using MemoryBench.Budgets;
using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Pipeline;

/// <summary>The pipeline's first stage: the baseline, the run (as the command that started it selected it) and the budgets.</summary>
internal static class ReadStage
{
    /// <exception cref="InputException">An input cannot be read.</exception>
    public static RunInputs Read(GateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseline = ResultsReader.Read(request.BaselinePath);
        var run = BenchmarkDotNetReader.Read(request.CurrentPaths);
        var current = request.Selection is { } selection ? run with { Coverage = RunCoverage.Of([selection]) } : run;
        var budgets = request.BudgetsPath is null ? BudgetSet.Empty : BudgetFile.Read(request.BudgetsPath);
        return new RunInputs(
            baseline, current, budgets, [.. baseline.Sources, .. current.Sources, .. request.BudgetsPath is null ? [] : new[] { request.BudgetsPath }]);
    }
}
