namespace MemoryBench.IntegrationTests.Engines;

/// <summary>One 24-byte object per call, and a 1 MiB buffer every 50,000th call: 45 B per call amortised.</summary>
internal sealed class LumpyWorkload
{
    public const int Period = 50_000;

    public const int LumpBytes = 1024 * 1024;

    public const double AmortisedBytesPerCall = 24 + (LumpBytes / (double)Period);

    private long calls;

    // Static fields make the objects escape, so the JIT cannot allocate them on the stack.
    private static object? lastObject;
    private static byte[]? lastBuffer;

    public void Call()
    {
        lastObject = new object();
        if (++calls % Period == 0)
        {
            lastBuffer = new byte[LumpBytes];
        }
    }

    /// <summary>BenchmarkDotNet's unrolled loop: <paramref name="unrolledCalls"/> times <paramref name="unrollFactor"/> calls.</summary>
    public void Unrolled(long unrolledCalls, int unrollFactor)
    {
        for (var i = 0L; i < unrolledCalls * unrollFactor; i++)
        {
            Call();
        }
    }

    public static bool Holds() => lastObject is not null || lastBuffer is not null;
}
