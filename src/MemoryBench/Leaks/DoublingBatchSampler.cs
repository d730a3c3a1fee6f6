namespace MemoryBench.Leaks;

/// <summary>
/// The samples of a retained-memory measurement, for the suite's diagnoser and the unit-test assertion alike: warm-up
/// batches, then the surviving heap before the first of the doubling batches and after each of them.
/// </summary>
internal static class DoublingBatchSampler
{
    /// <param name="runBatch">Calls the operation the given number of times.</param>
    /// <param name="firstBatch">Calls in the first measured batch, and in every warm-up batch.</param>
    /// <param name="batches">Measured batches, each twice the one before (<see cref="GeometricBatches.Plan"/>).</param>
    /// <param name="warmupBatches">Batches before the first sample: JIT, statics and lazily built tables settle in them.</param>
    /// <param name="operationsPerCall">Operations one call counts for (BenchmarkDotNet's <c>OperationsPerInvoke</c>).</param>
    /// <remarks>
    /// The sample after the warm-up is the baseline at zero operations: whatever the warm-up built once stays out of
    /// the increases that follow it. A full collection first settles what calibration left behind (finalizers included).
    /// </remarks>
    public static async ValueTask<HeapSample[]> SampleAsync(
        Func<long, ValueTask> runBatch, int firstBatch, int batches, int warmupBatches, int operationsPerCall = 1)
    {
        ArgumentNullException.ThrowIfNull(runBatch);
        var plan = GeometricBatches.Plan(firstBatch, batches);
        SurvivingHeap.AfterFullCollection();
        for (var batch = 0; batch < warmupBatches; batch++)
        {
            await runBatch(firstBatch).ConfigureAwait(false);
        }

        // Filled in place: a list growing here would itself be retained memory between samples.
        var samples = new HeapSample[plan.Length + 1];
        samples[0] = new HeapSample(0, SurvivingHeap.AfterFullCollection());
        var operations = 0L;
        for (var batch = 0; batch < plan.Length; batch++)
        {
            await runBatch(plan[batch]).ConfigureAwait(false);
            operations += plan[batch] * operationsPerCall;
            samples[batch + 1] = new HeapSample(operations, SurvivingHeap.AfterFullCollection());
        }

        return samples;
    }
}
