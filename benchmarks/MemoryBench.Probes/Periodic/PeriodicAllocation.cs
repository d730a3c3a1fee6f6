using BenchmarkDotNet.Attributes;

namespace MemoryBench.Probes.Periodic;

/// <summary>
/// About a microsecond of work per call, and every <see cref="Period"/>-th call a new buffer of <see cref="Lump"/>
/// bytes replaces the old one (a periodic flush): <see cref="Lump"/> / <see cref="Period"/> bytes per call amortised,
/// all of it in lumps.
/// </summary>
public class PeriodicAllocation
{
    private readonly int[] work = [.. Enumerable.Range(0, 1_000)];
    private byte[] buffer = [];
    private long calls;

    [Params(1_000, 10_000, 100_000)]
    public int Period { get; set; }

    [Params(16 * 1024, 1024 * 1024)]
    public int Lump { get; set; }

    [Benchmark]
    public int FlushEveryPeriod()
    {
        if (++calls % Period == 0)
        {
            buffer = new byte[Lump];
        }

        var sum = buffer.Length;
        foreach (var value in work)
        {
            sum += value;
        }

        return sum;
    }
}
