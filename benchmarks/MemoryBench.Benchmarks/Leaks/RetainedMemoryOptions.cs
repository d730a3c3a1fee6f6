namespace MemoryBench.Benchmarks.Leaks;

/// <summary>How a retained-memory measurement spends its operations.</summary>
/// <param name="TargetBatchTime">
/// Wall time one batch of operations aims at; batches of slow operations hold at least one.
/// </param>
/// <param name="MaxOperationsPerBatch">
/// Fast operations stop here: a leak grows the heap by this many operations' worth every batch, and
/// every later full collection has to mark all of it.
/// </param>
/// <param name="WarmupBatches">
/// Batches before the baseline sample (at least one): JIT, statics and lazily built caches settle in them.
/// </param>
/// <param name="MeasuredBatches">Batches after the baseline (at least two); each gives one increase of the surviving heap.</param>
public sealed record RetainedMemoryOptions(
    TimeSpan TargetBatchTime,
    int MaxOperationsPerBatch,
    int WarmupBatches,
    int MeasuredBatches)
{
    /// <summary>
    /// Ten increases: a median that ignores up to four of them being lumps. Batches of 10 ms keep a benchmark
    /// case between a tenth and a third of a second; at most 2,000 operations a batch still see a leak of one object
    /// every few hundred calls as steady, while a fast leaking benchmark leaves about 30,000 operations' worth (calibration included) in the
    /// host process (which keeps static state for the rest of the run).
    /// </summary>
    public static RetainedMemoryOptions Default { get; } = new(
        TargetBatchTime: TimeSpan.FromMilliseconds(10),
        MaxOperationsPerBatch: 2_000,
        WarmupBatches: 1,
        MeasuredBatches: 10);
}
