namespace MemoryBench.Tests.Scenarios;

/// <summary>
/// Measures the memory calls keep reachable: how much the heap that survives a full collection grows
/// per call, after as many warm-up calls.
/// </summary>
internal static class Retention
{
    /// <summary>
    /// Bytes per call a measurement may be off by: whatever the test host's own threads keep or let go
    /// meanwhile, spread over the calls. Well below the smallest object (24 bytes).
    /// </summary>
    public const double Noise = 4;

    public static double BytesPerCall<T>(Func<T> operation, int calls)
    {
        // The warm-up calls pay for JIT and statics, and give the collections a scenario fills and
        // empties again the size they keep.
        Repeat(operation, calls);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Repeat(operation, calls);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (after - before) / (double)calls;
    }

    private static void Repeat<T>(Func<T> operation, int calls)
    {
        for (var call = 0; call < calls; call++)
        {
            _ = operation();
        }
    }
}
