namespace MemoryBench.Tests.Scenarios;

/// <summary>Measures what calls allocate on the current thread, after a warm-up call.</summary>
/// <remarks>
/// Results are discarded, not kept alive: <see cref="GC.KeepAlive(object?)"/> would box a value-type
/// result, and the JIT may allocate that box before the second reading of the counter. A discarded
/// result cannot make the call go away: it is made through a delegate.
/// </remarks>
internal static class Allocations
{
    public static long Of<T>(Func<T> operation)
    {
        // The first call pays for JIT, static constructors and lazily built runtime state.
        _ = operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = operation();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>
    /// The average over <paramref name="calls"/> calls: for scenarios whose collections grow in lumps now
    /// and then, which one call would either miss or see whole.
    /// </summary>
    public static double PerCall<T>(Func<T> operation, int calls)
    {
        _ = operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var call = 0; call < calls; call++)
        {
            _ = operation();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }
}
