using MemoryBench.Testing.Leaks;
using MemoryBench.Testing.Measuring;
using MemoryBench.Testing.Warmup;

namespace MemoryBench.Testing;

/// <summary>
/// Measures what an operation allocates per call once the runtime has optimised it, the collections meanwhile, and
/// the memory it keeps per call.
/// </summary>
/// <remarks>
/// A synchronous operation is counted on the calling thread only (<see cref="GC.GetAllocatedBytesForCurrentThread"/>):
/// exact to the byte, and other threads (tests running in parallel, the runtime's own) cannot add to it. An
/// asynchronous one is counted the same way while its calls complete synchronously; when a call goes on on another
/// thread, its round is counted process-wide (see <see cref="AllocationCounting.Process"/>).
/// </remarks>
public static class Allocations
{
    /// <summary>Measures a synchronous operation with the default options.</summary>
    public static AllocationMeasurement Measure(Action operation) => Measure(operation, MeasurementOptions.Default);

    /// <summary>Measures a synchronous operation.</summary>
    public static AllocationMeasurement Measure(Action operation, MeasurementOptions options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Completed(MeasureAsync(new SynchronousCallLoop(operation), options));
    }

    /// <summary>Measures a synchronous operation that returns a value (discarded, never boxed).</summary>
    public static AllocationMeasurement Measure<T>(Func<T> operation) => Measure(operation, MeasurementOptions.Default);

    /// <summary>Measures a synchronous operation that returns a value (discarded, never boxed).</summary>
    public static AllocationMeasurement Measure<T>(Func<T> operation, MeasurementOptions options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Measure(DiscardedResult<T>.Of(operation), options);
    }

    /// <summary>Measures an asynchronous operation, awaiting each call before the next.</summary>
    public static Task<AllocationMeasurement> MeasureAsync(Func<Task> operation) => MeasureAsync(operation, MeasurementOptions.Default);

    /// <summary>Measures an asynchronous operation, awaiting each call before the next.</summary>
    public static Task<AllocationMeasurement> MeasureAsync(Func<Task> operation, MeasurementOptions options)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return MeasureAsync(new AsynchronousCallLoop(operation), options).AsTask();
    }

    internal static async ValueTask<AllocationMeasurement> MeasureAsync(CallLoop loop, MeasurementOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CountedFigure figure;
        using (await MeasurementTurns.ShareAsync(loop).ConfigureAwait(false))
        {
            var callsPerRound = await OptimisedTier.WarmUpAsync(loop, options.MaxWarmupTime).ConfigureAwait(false);
            figure = await CountedRounds.CountAsync(loop, callsPerRound).ConfigureAwait(false);
        }

        // After the counting, which may make millions of calls: a collection they grew no longer doubles within the
        // batches, so growth in lumps reads as nothing here; DoesNotLeak measures retention first (see LeakLimit).
        var retained = options.MeasureRetained
            ? await Retention.MeasureWindowAsync(loop).ConfigureAwait(false)
            : null;
        return new AllocationMeasurement(
            figure.AllocatedBytes,
            figure.Calls,
            figure.Collections.Gen0,
            figure.Collections.Gen1,
            figure.Collections.Gen2,
            figure.Counting,
            figure.IsPrecise,
            retained?.Retained)
        {
            LumpPeriods = figure.LumpPeriods,
            ErrorBytesPerOperation = figure.ErrorBytesPerCall,
            RetainedEstimates = retained,
        };
    }

    /// <summary>The result of a measurement of synchronous calls, which never awaits anything.</summary>
    internal static T Completed<T>(ValueTask<T> measurement) =>
        measurement.IsCompleted
            ? measurement.Result
            : throw new InvalidOperationException("A synchronous measurement went asynchronous.");
}
