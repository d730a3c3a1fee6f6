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
        // The run's exports are most of what is read (10,000 benchmarks make 181 MB): they are read on a second core
        // while the baseline is read here.
        var reading = Task.Run(() => BenchmarkDotNetReader.Read(request.CurrentPaths));
        RunResults baseline;
        try
        {
            baseline = ResultsReader.Read(request.BaselinePath);
        }
        catch
        {
            // The baseline's error is the one told, as when the two were read in turn; nothing reads on after it.
            WaitQuietly(reading);
            throw;
        }

        var run = reading.GetAwaiter().GetResult();
        var current = request.Selection is { } selection ? run with { Coverage = RunCoverage.Of([selection]) } : run;
        var budgets = request.BudgetsPath is null ? BudgetSet.Empty : BudgetFile.Read(request.BudgetsPath);
        return new RunInputs(
            baseline, current, budgets, [.. baseline.Sources, .. current.Sources, .. request.BudgetsPath is null ? [] : new[] { request.BudgetsPath }]);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Its own error, if any, is not the one to tell.
        }
    }
}
