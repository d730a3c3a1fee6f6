namespace MemoryBench.Tests.Scenarios;

/// <summary>Measures what one call allocates on the current thread, after a warm-up call.</summary>
internal static class Allocations
{
    public static long Of<T>(Func<T> operation)
    {
        // The first call pays for JIT, static constructors and lazily built runtime state.
        GC.KeepAlive(operation());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = operation();
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(result);
        return after - before;
    }
}
