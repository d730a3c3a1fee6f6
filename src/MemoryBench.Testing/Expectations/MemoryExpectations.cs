using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing;

/// <summary>
/// Memory promises checked without a test framework: each returns a <see cref="MemoryVerdict"/>, which a framework's
/// assertion turns into a pass or a failure (MemoryBench.Testing.MSTest does it for MSTest).
/// </summary>
/// <remarks>
/// A verdict needs evidence either way. A promise is kept only when the measurement shows it with certainty (an exact
/// count on the calling thread, or a figure whose error or standard errors lie under the limit); it is broken only
/// when the measurement shows that, confirmed by a second one (code the runtime was still optimising allocates more,
/// never less). While a measurement cannot tell, it is taken again or goes on; what none can tell fails as
/// inconclusive, with a message that says what was measured and how to get a clean reading.
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
    /// The operation keeps no more than <paramref name="maxRetainedBytesPerOperation"/> bytes reachable per call (or
    /// 0.2 B, the least the measurement tells from nothing, when the limit is lower): it passes when the retained bytes
    /// per call are under that with three standard errors to spare, fails when they are over it by as much, and
    /// measures on until one holds (30 s at most; then it fails as inconclusive).
    /// </summary>
    /// <remarks>
    /// The heap it reads is the whole process's: MemoryBench's own measurements take turns, and what other tests keep
    /// meanwhile is measured in controls and outweighed by measuring longer. When it fails, the retained types are named
    /// from heap snapshots of the process.
    /// </remarks>
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
