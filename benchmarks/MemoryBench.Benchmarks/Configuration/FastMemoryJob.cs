using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace MemoryBench.Benchmarks.Configuration;

/// <summary>
/// The default job of the suite: enough operations for stable allocation figures and
/// Gen0/1/2 counts, far fewer iterations than BenchmarkDotNet's default job needs for timings.
/// </summary>
public static class FastMemoryJob
{
    public const string Id = "FastMemory";

    public static Job Create() => Job.Default
        .WithId(Id)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithIterationTime(TimeInterval.FromMilliseconds(50))
        .AsDefault();
}
