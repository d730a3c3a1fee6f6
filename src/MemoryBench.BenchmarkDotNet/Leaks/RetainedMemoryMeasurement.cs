using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using MemoryBench.Leaks;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Measures the memory a benchmark case keeps per operation: runs it in batches that double, takes the heap surviving a
/// full collection after every batch, drops the warm-up samples and estimates the growth per operation.
/// </summary>
internal static class RetainedMemoryMeasurement
{
    public static RetainedMemoryReport Measure(BenchmarkCase benchmarkCase, RetainedMemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        ArgumentNullException.ThrowIfNull(options);
        if (options.WarmupBatches < 1
            || options.FewestMeasuredBatches < RetainedMemoryEstimator.MinimumSamples - 1
            || options.MeasuredBatches < options.FewestMeasuredBatches)
        {
            throw new ArgumentException(
                $"Retained memory needs at least one warm-up batch and {RetainedMemoryEstimator.MinimumSamples - 1} measured batches, no fewer than the fewest.",
                nameof(options));
        }

        var started = Stopwatch.GetTimestamp();
        var workload = WorkloadInvoker.Create(benchmarkCase);
        workload.GlobalSetup();
        try
        {
            var (firstBatchInvocations, firstBatchTime) = Calibrate(workload, options);
            var batches = GeometricBatches.CountWithin(options.MeasuredTimeBudget, firstBatchTime, options.FewestMeasuredBatches, options.MeasuredBatches);
            var sampling = DoublingBatchSampler.SampleAsync(
                invocations => RunBatch(workload, invocations), firstBatchInvocations, batches, options.WarmupBatches, workload.OperationsPerInvoke);

            // The workload runs synchronously (an asynchronous benchmark is waited for), so nothing is left pending.
            var samples = sampling.IsCompleted
                ? sampling.Result
                : throw new InvalidOperationException("The heap sampling of a synchronous workload did not complete synchronously.");
            return new RetainedMemoryReport(
                RetainedMemoryEstimates.Of(samples),
                ImmutableArray.Create(samples),
                (long)firstBatchInvocations * workload.OperationsPerInvoke,
                Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            workload.GlobalCleanup();
        }
    }

    /// <summary>
    /// Doubles a trial batch until it takes a quarter of the target, then scales it to the target; gives the batch and
    /// the time it is expected to take (longer than the target when one call takes longer).
    /// </summary>
    /// <remarks>
    /// A first, untimed call pays for JIT and first-call initialisation, which would otherwise make the operation
    /// look far slower than it is; the trial batches go on warming up before any sample is taken. The trial that
    /// reaches the time is run again and the faster of the two counts: on a busy machine a thread switch can stretch
    /// a trial of a few microseconds to many milliseconds and shrink the batch to a handful of operations.
    /// </remarks>
    private static (int Invocations, TimeSpan Time) Calibrate(WorkloadInvoker workload, RetainedMemoryOptions options)
    {
        workload.RunBatch(1);
        var trialTime = options.TargetFirstBatchTime / 4;
        var invocations = 1;
        while (true)
        {
            var elapsed = TimeOf(workload, invocations);
            if (elapsed >= trialTime || invocations >= options.MaxOperationsFirstBatch)
            {
                elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, TimeOf(workload, invocations).Ticks));
                var scaled = (int)Math.Clamp(invocations * (options.TargetFirstBatchTime / elapsed), 1, options.MaxOperationsFirstBatch);
                return (scaled, elapsed / invocations * scaled);
            }

            invocations *= 2;
        }
    }

    private static ValueTask RunBatch(WorkloadInvoker workload, long invocations)
    {
        workload.RunBatch(checked((int)invocations));
        return ValueTask.CompletedTask;
    }

    private static TimeSpan TimeOf(WorkloadInvoker workload, int invocations)
    {
        var started = Stopwatch.GetTimestamp();
        workload.RunBatch(invocations);
        return Stopwatch.GetElapsedTime(started);
    }
}
