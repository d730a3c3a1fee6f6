namespace MemoryBench.BenchmarkDotNet;

/// <summary>How a retained-memory measurement spends its operations.</summary>
/// <param name="TargetFirstBatchTime">
/// Wall time the first measured batch (and every warm-up batch) aims at; each later batch is twice the one before.
/// </param>
/// <param name="MaxOperationsFirstBatch">
/// Fast operations stop here: the measurement runs this many times 2^<paramref name="MeasuredBatches"/> operations
/// at most, and a leak keeps all of them in the host process.
/// </param>
/// <param name="WarmupBatches">
/// Batches before the baseline sample (at least one): JIT, statics and lazily built caches settle in them.
/// </param>
/// <param name="MeasuredBatches">Doubling batches after the baseline (at least two); each gives one increase of the surviving heap.</param>
/// <param name="FewestMeasuredBatches">Operations slower than <paramref name="TargetFirstBatchTime"/> get fewer batches, down to this many, so
/// that the batches take about <paramref name="MeasuredTimeBudget"/>.</param>
/// <param name="MeasuredTimeBudget">Wall time the measured batches of a slow operation aim at.</param>
internal sealed record RetainedMemoryOptions(
    TimeSpan TargetFirstBatchTime,
    int MaxOperationsFirstBatch,
    int WarmupBatches,
    int MeasuredBatches,
    int FewestMeasuredBatches,
    TimeSpan MeasuredTimeBudget)
{
    /// <summary>
    /// Nine doubling batches: the collection a leak grows doubles about nine times while it is measured, and the median
    /// ignores up to four batches being off. A first batch of a quarter of a millisecond and at most 256 operations
    /// keeps a benchmark case to about 0.13 s of calls (an operation of 10 ms gets five batches, 0.3 s); a fast leaking
    /// benchmark leaves at most about 131,000 operations' worth (warm-up included) in the host process, which keeps
    /// static state for the rest of the run.
    /// </summary>
    public static RetainedMemoryOptions Default { get; } = new(
        TargetFirstBatchTime: TimeSpan.FromMilliseconds(0.25),
        MaxOperationsFirstBatch: 256,
        WarmupBatches: 1,
        MeasuredBatches: 9,
        FewestMeasuredBatches: 5,
        MeasuredTimeBudget: TimeSpan.FromMilliseconds(150));
}
