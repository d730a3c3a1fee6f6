using System.Collections.Immutable;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using MemoryBench.Leaks;

namespace MemoryBench.Benchmarks.Leaks;

/// <summary>
/// Measures the memory a benchmark case keeps per operation: runs it in equal batches, takes the heap surviving a
/// full collection after every batch, drops the warm-up samples and estimates the growth per operation.
/// </summary>
public static class RetainedMemoryMeasurement
{
    public static RetainedMemoryReport Measure(BenchmarkCase benchmarkCase, RetainedMemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        ArgumentNullException.ThrowIfNull(options);
        if (options.WarmupBatches < 1 || options.MeasuredBatches < RetainedMemoryEstimator.MinimumSamples - 1)
        {
            throw new ArgumentException(
                $"Retained memory needs at least one warm-up batch and {RetainedMemoryEstimator.MinimumSamples - 1} measured batches.",
                nameof(options));
        }

        var started = Stopwatch.GetTimestamp();
        var workload = WorkloadInvoker.Create(benchmarkCase);
        workload.GlobalSetup();
        try
        {
            var invocationsPerBatch = Calibrate(workload, options);
            var samples = SampleBatches(workload, invocationsPerBatch, options);
            var operationsPerBatch = (long)invocationsPerBatch * workload.OperationsPerInvoke;
            return new RetainedMemoryReport(
                RetainedMemoryEstimator.Estimate(samples),
                samples,
                operationsPerBatch,
                Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            workload.GlobalCleanup();
        }
    }

    /// <summary>Doubles a trial batch until it takes a quarter of the target, then scales it to the target.</summary>
    /// <remarks>
    /// A first, untimed call pays for JIT and first-call initialisation, which would otherwise make the operation
    /// look far slower than it is; the trial batches go on warming up before any sample is taken. The trial that
    /// reaches the time is run again and the faster of the two counts: on a busy machine a thread switch can stretch
    /// a trial of a few microseconds to many milliseconds and shrink the batch to a handful of operations.
    /// </remarks>
    private static int Calibrate(WorkloadInvoker workload, RetainedMemoryOptions options)
    {
        workload.RunBatch(1);
        var trialTime = options.TargetBatchTime / 4;
        var invocations = 1;
        while (true)
        {
            var elapsed = TimeOf(workload, invocations);
            if (elapsed >= trialTime || invocations >= options.MaxOperationsPerBatch)
            {
                elapsed = TimeSpan.FromTicks(Math.Min(elapsed.Ticks, TimeOf(workload, invocations).Ticks));
                var scaled = invocations * (options.TargetBatchTime / elapsed);
                return (int)Math.Clamp(scaled, 1, options.MaxOperationsPerBatch);
            }

            invocations *= 2;
        }
    }

    private static TimeSpan TimeOf(WorkloadInvoker workload, int invocations)
    {
        var started = Stopwatch.GetTimestamp();
        workload.RunBatch(invocations);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <remarks>
    /// The sample after the last warm-up batch is the baseline at zero operations: whatever the warm-up batches
    /// built once stays out of the increases that follow it.
    /// </remarks>
    private static ImmutableArray<HeapSample> SampleBatches(WorkloadInvoker workload, int invocationsPerBatch, RetainedMemoryOptions options)
    {
        // Settles what calibration left behind (finalizers included) before the warm-up batches.
        SurvivingHeap.AfterFullCollection();

        // Filled in place: a list growing here would itself be retained memory between samples.
        var samples = new HeapSample[options.MeasuredBatches + 1];
        var operationsPerBatch = (long)invocationsPerBatch * workload.OperationsPerInvoke;
        var baselineBatch = options.WarmupBatches - 1;
        for (var batch = 0; batch <= baselineBatch + options.MeasuredBatches; batch++)
        {
            workload.RunBatch(invocationsPerBatch);
            var survivingBytes = SurvivingHeap.AfterFullCollection();
            var measured = batch - baselineBatch;
            if (measured >= 0)
            {
                samples[measured] = new HeapSample(measured * operationsPerBatch, survivingBytes);
            }
        }

        return ImmutableArray.Create(samples);
    }
}
