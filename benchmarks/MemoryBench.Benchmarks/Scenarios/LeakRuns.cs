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
    /// calls every time (three warm-up and three measured iterations, then the counted one: 560,000 calls
    /// at most, 640,000 if BenchmarkDotNet counts after one more iteration), keeps at most about 80 MB,
    /// and the leaking dictionaries, which double at 350,899 and 701,819 entries, never grow during the
    /// counted iteration. With 100,000 calls the counted iteration met the second doubling (439 B/op
    /// instead of 48).
    /// </remarks>
    public const int CallsPerIteration = 80_000;

    /// <summary>
    /// Warm-up iterations of a leaking scenario: three, whatever the job's own count, so that the calls before the
    /// counted iteration stay those above.
    /// </summary>
    public const int WarmupIterations = 3;

    /// <summary>Measured iterations of a leaking scenario: three, for the same reason.</summary>
    public const int MeasuredIterations = 3;
}
