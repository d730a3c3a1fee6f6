namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>How BenchmarkDotNet runs the scenarios that keep memory on every call.</summary>
internal static class LeakRuns
{
    /// <summary>
    /// Calls per iteration of a leaking scenario, fixed instead of found by BenchmarkDotNet's pilot stage.
    /// </summary>
    /// <remarks>
    /// A pilot stage sizes iterations by time, so a leak would keep more on a faster machine, and where the
    /// leaking collection doubles its storage (a lump of allocation) would move from run to run: into the
    /// iteration BenchmarkDotNet counts allocations in, or not. With a fixed count, a run makes the same
    /// calls every time (warm-up, three measured iterations, one counted for allocations: about half a
    /// million), keeps at most about 80 MB, and the leaking dictionaries, which double at 350,899 and
    /// 701,819 entries, never grow during the counted iteration.
    /// </remarks>
    public const int CallsPerIteration = 100_000;
}
