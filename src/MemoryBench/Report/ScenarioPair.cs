using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>Two ways to do the same job, measured in one run: the category's baseline (wasteful) and another of its benchmarks (frugal).</summary>
/// <param name="Category">The category that names the pair.</param>
/// <param name="Wasteful">The benchmark marked as the category's baseline.</param>
/// <param name="Frugal">The other way, with the same parameters.</param>
internal sealed record ScenarioPair(string Category, BenchmarkResult Wasteful, BenchmarkResult Frugal)
{
    /// <summary>Frugal allocated bytes over wasteful allocated bytes; null when the wasteful side allocates nothing.</summary>
    public double? Ratio =>
        Wasteful.Memory is { BytesAllocatedPerOperation: > 0 } wasteful && Frugal.Memory is { } frugal
            ? (double)frugal.BytesAllocatedPerOperation / wasteful.BytesAllocatedPerOperation
            : null;

    /// <summary>"EagerListVsIterator (Count=1000)": the category, the parameters, and the job where the id names it.</summary>
    public string Description
    {
        get
        {
            var name = Wasteful.Name;
            var parameters = name.Parameters.Length > 0 ? $" ({name.Parameters})" : "";
            var job = Wasteful.Id.Value.EndsWith($" [{name.Job}]", StringComparison.Ordinal) ? $" [{name.Job}]" : "";
            return Category + parameters + job;
        }
    }
}
