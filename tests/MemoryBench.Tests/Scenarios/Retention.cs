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
        var before = Settled();
        Repeat(operation, calls);
        var after = Settled();
        return (after - before) / (double)calls;
    }

    /// <summary>The heap after full collections have stopped freeing anything.</summary>
    /// <remarks>
    /// GetTotalMemory(true) stops once a collection frees little: memory earlier tests left to finalizers went on being
    /// freed during the calls measured next (the event handler leak read 119 B/call for 152 when the whole test project ran).
    /// </remarks>
    private static long Settled()
    {
        var previous = -1L;
        for (var collection = 0; collection < 50; collection++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var current = GC.GetTotalMemory(forceFullCollection: false);
            if (current == previous)
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private static void Repeat<T>(Func<T> operation, int calls)
    {
        for (var call = 0; call < calls; call++)
        {
            _ = operation();
        }
    }
}
