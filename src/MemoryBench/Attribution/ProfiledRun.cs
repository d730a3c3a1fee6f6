using MemoryBench.Model;

namespace MemoryBench.Attribution;

/// <summary>Joins a run's results with the allocation profiles taken in it.</summary>
internal static class ProfiledRun
{
    /// <summary>The id a profile is filed under: the benchmark's id without its job (the profiling run has its own job).</summary>
    public static string KeyOf(BenchmarkName name) => BenchmarkIdentity.Of(name, includeJob: false).Value;

    /// <summary>The run, each benchmark with its compact profile where one was taken; the others unchanged.</summary>
    public static RunResults Attach(RunResults run, IReadOnlyDictionary<string, AllocationProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(profiles);
        return profiles.Count == 0
            ? run
            : run with
            {
                Benchmarks = [.. run.Benchmarks.Select(benchmark => profiles.TryGetValue(KeyOf(benchmark.Name), out var profile)
                    ? benchmark with { Allocations = profile.Compact() }
                    : benchmark)],
            };
    }
}
