namespace MemoryBench.Testing.MSTest;

/// <summary>
/// Memory assertions in MSTest's idiom: each measures the operation (warm-up to optimised code, then exact bytes per
/// call on the test's own thread) and throws <see cref="AssertFailedException"/> with the figures when the promise
/// is broken.
/// </summary>
public static class MemoryAssert
{
    /// <summary>Fails unless the operation allocates nothing on the heap, per call, once optimised.</summary>
    public static void AllocatesNothing(Action operation) =>
        Throw(nameof(AllocatesNothing), MemoryExpectations.AllocatesAtMost(0, operation));

    /// <summary>Fails unless the operation allocates nothing on the heap; its result is discarded, never boxed.</summary>
    public static void AllocatesNothing<T>(Func<T> operation) =>
        Throw(nameof(AllocatesNothing), MemoryExpectations.AllocatesAtMost(0, operation));

    /// <summary>Fails when the operation allocates more than <paramref name="maxBytesPerOperation"/> bytes per call.</summary>
    public static void AllocatesAtMost(long maxBytesPerOperation, Action operation) =>
        Throw(nameof(AllocatesAtMost), MemoryExpectations.AllocatesAtMost(maxBytesPerOperation, operation));

    /// <summary>Fails when the operation allocates more than <paramref name="maxBytesPerOperation"/> bytes per call.</summary>
    public static void AllocatesAtMost<T>(long maxBytesPerOperation, Func<T> operation) =>
        Throw(nameof(AllocatesAtMost), MemoryExpectations.AllocatesAtMost(maxBytesPerOperation, operation));

    /// <summary>
    /// Fails when the asynchronous operation allocates more than <paramref name="maxBytesPerOperation"/> bytes per
    /// call. Exact while its calls complete synchronously; else counted process-wide (an upper bound).
    /// </summary>
    public static async Task AllocatesAtMostAsync(long maxBytesPerOperation, Func<Task> operation) =>
        Throw(nameof(AllocatesAtMost), await MemoryExpectations.AllocatesAtMostAsync(maxBytesPerOperation, operation).ConfigureAwait(false));

    /// <summary>
    /// Fails unless the operation keeps nothing reachable per call: passes when the retained bytes per call are under
    /// 0.2 B with confidence, fails when they are over it with confidence or when 30 s of measuring cannot tell
    /// (inconclusive); a failure names the retained types.
    /// </summary>
    public static void DoesNotLeak(Action operation) => DoesNotLeak(0, operation);

    /// <summary>Fails when the operation keeps memory reachable per call; its result is discarded.</summary>
    public static void DoesNotLeak<T>(Func<T> operation) =>
        Throw(nameof(DoesNotLeak), MemoryExpectations.DoesNotLeak(0, operation));

    /// <summary>
    /// Fails unless the operation keeps no more than <paramref name="maxRetainedBytesPerOperation"/> bytes reachable per
    /// call (0.2 B at least), with confidence, as <see cref="DoesNotLeak(Action)"/> judges it.
    /// </summary>
    public static void DoesNotLeak(double maxRetainedBytesPerOperation, Action operation) =>
        Throw(nameof(DoesNotLeak), MemoryExpectations.DoesNotLeak(maxRetainedBytesPerOperation, operation));

    /// <summary>Fails when the asynchronous operation keeps memory reachable per call.</summary>
    public static async Task DoesNotLeakAsync(Func<Task> operation) =>
        Throw(nameof(DoesNotLeak), await MemoryExpectations.DoesNotLeakAsync(0, operation).ConfigureAwait(false));

    internal static void Throw(string assertion, MemoryVerdict verdict)
    {
        if (!verdict.Passed)
        {
            throw Failure(assertion, verdict);
        }
    }

    internal static AssertFailedException Failure(string assertion, MemoryVerdict verdict) =>
        new($"MemoryAssert.{assertion} failed. {verdict.Message}");
}
