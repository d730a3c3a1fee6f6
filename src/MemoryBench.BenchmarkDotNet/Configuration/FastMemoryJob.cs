using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// MemoryBench's default job: enough operations for stable allocation figures and
/// Gen0/1/2 counts, far fewer iterations than BenchmarkDotNet's default job needs for timings, under the
/// pinned gen0 budget (<see cref="PinnedGen0Budget"/>).
/// </summary>
/// <remarks>
/// Allocation figures depend on which code runs: .NET 10's optimised tier allocates some objects
/// (enumerators, iterators, boxes) on the stack where tier 0 allocates them on the heap. BenchmarkDotNet's
/// default job runs long enough that every method is fully optimised when allocations are counted; a short
/// job does not, and read more in some runs of the enumerating scenarios (docs/measurements.md). Promoting methods
/// without the runtime's 100 ms call-counting delay, BenchmarkDotNet's pilot stage and a warm-up and a measured
/// iteration give the background compiler time to finish before the counting stage; more and longer iterations
/// changed no figure (docs/measurements.md, "Speed"). The iteration is short because BenchmarkDotNet's pilot runs
/// several of them to settle the operations per iteration; the counting stage sizes its chunks by time, not by the
/// iteration (<c>ChunkPlan</c>).
/// </remarks>
public static class FastMemoryJob
{
    /// <summary>The job's id, as exports and reports name it.</summary>
    public const string Id = "FastMemory";

    /// <summary>The job, marked as the default job: any other job of the config or the command line replaces it.</summary>
    public static Job Create()
    {
        var job = Job.Default
            .WithId(Id)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(1)
            .WithIterationTime(TimeInterval.FromMilliseconds(20))
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"), PinnedGen0Budget.EnvironmentVariable)
            .WithEngineFactory(new CountingEngineFactory());
        return (IncrementalToolchain.ForCurrentRuntime() is { } toolchain ? job.WithToolchain(toolchain) : job).AsDefault();
    }
}
