using System.Reflection;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// A benchmark's "MemoryBench" object in the export: its categories, whether it is the baseline of its pair
/// (<c>[Benchmark(Baseline = true)]</c>), the GC mode its job ran under and the <c>[MemoryBudget]</c> on its method.
/// </summary>
internal static class BenchmarkFacts
{
    public static Dictionary<string, object> Of(BenchmarkCase benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var facts = new Dictionary<string, object>
        {
            ["Categories"] = benchmark.Descriptor.Categories.ToArray(),
            ["Baseline"] = benchmark.Descriptor.Baseline,
            ["GcMode"] = GcModeOf(benchmark.Job),
        };
        if (benchmark.Descriptor.WorkloadMethod.GetCustomAttribute<MemoryBudgetAttribute>() is { } budget)
        {
            facts["Budget"] = new Dictionary<string, object?>
            {
                ["MaxBytesPerOperation"] = budget.MaxBytesPerOperation < 0 ? null : budget.MaxBytesPerOperation,
                ["NoGen2"] = budget.NoGen2,
                ["RetainsNothing"] = budget.RetainsNothing,
            };
        }

        return facts;
    }

    private static string GcModeOf(Job job)
    {
        var server = job.ResolveValue(GcMode.ServerCharacteristic, EnvironmentResolver.Instance);
        var concurrent = job.ResolveValue(GcMode.ConcurrentCharacteristic, EnvironmentResolver.Instance);
        return $"{(server ? "Server" : "Workstation")}, {(concurrent ? "Concurrent" : "Non-concurrent")}";
    }
}
