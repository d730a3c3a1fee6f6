using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing;

/// <summary>
/// Memory promises checked without a test framework: each returns a <see cref="MemoryVerdict"/>, which a framework's
/// assertion turns into a pass or a failure (MemoryBench.Testing.MSTest does it for MSTest).
/// </summary>
/// <remarks>
/// A measurement that breaks a promise is taken again before the verdict: code that the runtime was still optimising
/// during the first one (optimisation only removes allocations) passes the second, a real regression fails both.
/// </remarks>
public static class MemoryExpectations
{
    /// <summary>
    /// The operation allocates at most <paramref name="maxBytesPerOperation"/> bytes per call, counted on the calling
    /// thread after warm-up.
    /// </summary>
    public static MemoryVerdict AllocatesAtMost(long maxBytesPerOperation, Action operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Allocations.Completed(AllocationLimit.CheckAsync(new SynchronousCallLoop(operation), maxBytesPerOperation));
    }

    /// <summary>The operation allocates at most <paramref name="maxBytesPerOperation"/> bytes per call; its result is discarded, never boxed.</summary>
    public static MemoryVerdict AllocatesAtMost<T>(long maxBytesPerOperation, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return AllocatesAtMost(maxBytesPerOperation, DiscardedResult<T>.Of(operation));
    }

    /// <summary>The asynchronous operation allocates at most <paramref name="maxBytesPerOperation"/> bytes per call.</summary>
    /// <remarks>Exact while every call completes synchronously; counted process-wide when not (see <see cref="AllocationCounting.Process"/>).</remarks>
    public static Task<MemoryVerdict> AllocatesAtMostAsync(long maxBytesPerOperation, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return AllocationLimit.CheckAsync(new AsynchronousCallLoop(operation), maxBytesPerOperation).AsTask();
    }

    /// <summary>
    /// The operation keeps no more than <paramref name="maxRetainedBytesPerOperation"/> bytes reachable per call: it
    /// fails only when the retained bytes per call are above that limit and above three standard errors.
    /// </summary>
    public static MemoryVerdict DoesNotLeak(double maxRetainedBytesPerOperation, Action operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Allocations.Completed(LeakLimit.CheckAsync(new SynchronousCallLoop(operation), maxRetainedBytesPerOperation));
    }

    /// <summary>The operation keeps no more than <paramref name="maxRetainedBytesPerOperation"/> bytes reachable per call; its result is discarded.</summary>
    public static MemoryVerdict DoesNotLeak<T>(double maxRetainedBytesPerOperation, Func<T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return DoesNotLeak(maxRetainedBytesPerOperation, DiscardedResult<T>.Of(operation));
    }

    /// <summary>The asynchronous operation keeps no more than <paramref name="maxRetainedBytesPerOperation"/> bytes per call.</summary>
    public static Task<MemoryVerdict> DoesNotLeakAsync(double maxRetainedBytesPerOperation, Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return LeakLimit.CheckAsync(new AsynchronousCallLoop(operation), maxRetainedBytesPerOperation).AsTask();
    }
}
