using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>
/// The diagnoser's options with the batches fixed by count, not by time: its calibration sizes them from a timed first
/// batch, so a busy machine measures fewer calls, and over a short span a leak is lost in noise (CI once measured an
/// asynchronous leak of 24 B per call over 31 calls, and read -96 B) or a collection's last lump weighs more (a growing
/// log read 64.56 B/op). A test's reading must not depend on the load.
/// </summary>
internal static class FixedCountBatches
{
    /// <summary>Calibration reaches the most operations per first batch before this time, and all nine batches fit.</summary>
    public static RetainedMemoryOptions Options { get; } = RetainedMemoryOptions.Default with
    {
        TargetFirstBatchTime = TimeSpan.FromDays(1),
        MeasuredTimeBudget = TimeSpan.FromDays(1),
    };

    /// <summary>
    /// The same with a smaller first batch, for operations that hand work to another thread: 511 times this many calls,
    /// each a thread switch or two, which a busy machine makes slow.
    /// </summary>
    public static RetainedMemoryOptions WithFirstBatch(int operations) => Options with { MaxOperationsFirstBatch = operations };
}
