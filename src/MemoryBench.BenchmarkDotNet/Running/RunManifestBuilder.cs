using System.Reflection;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MemoryBench.Reading;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// What BenchmarkDotNet's JSON export leaves out but the comparison needs: categories, which side of a
/// pair is the baseline, the budget declared next to the benchmark, and the GC mode the job ran with.
/// </summary>
public static class RunManifestBuilder
{
    public static RunManifest From(IEnumerable<BenchmarkCase> cases)
    {
        var all = cases.ToArray();
        var gcModes = all.Select(GcModeOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new RunManifest(
            string.Join("; ", gcModes),
            [.. all.Select(Entry).OrderBy(e => e.FullName, StringComparer.Ordinal).ThenBy(e => e.Job, StringComparer.Ordinal)]);
    }

    private static RunManifestEntry Entry(BenchmarkCase benchmark) => new(
        FullNameProvider.GetBenchmarkName(benchmark),
        benchmark.Job.ResolvedId,
        [.. benchmark.Descriptor.Categories],
        benchmark.Descriptor.Baseline,
        Budget(benchmark.Descriptor.WorkloadMethod));

    private static RunManifestBudget? Budget(MethodInfo method) =>
        method.GetCustomAttribute<MemoryBudgetAttribute>() is { } budget
            ? new RunManifestBudget(
                budget.MaxBytesPerOperation < 0 ? null : budget.MaxBytesPerOperation,
                budget.NoGen2,
                budget.RetainsNothing)
            : null;

    private static string GcModeOf(BenchmarkCase benchmark)
    {
        var server = benchmark.Job.ResolveValue(GcMode.ServerCharacteristic, EnvironmentResolver.Instance);
        var concurrent = benchmark.Job.ResolveValue(GcMode.ConcurrentCharacteristic, EnvironmentResolver.Instance);
        return $"{(server ? "Server" : "Workstation")}, {(concurrent ? "Concurrent" : "Non-concurrent")}";
    }
}
