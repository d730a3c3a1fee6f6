namespace MemoryBench.Testing.Tests.Verdicts;

/// <summary>
/// Threads that run beside the verdict tests for as long as they run: they allocate all the time, keep memory for a
/// while (a rolling window of 256 arrays of up to 4 KB each, about 1 MB in all), and fill a cache that is let go when
/// full (1 MB in steps of 1 KB, one step every 10,000 arrays), as tests loading fixtures do. None of it is MemoryBench's: the verdicts must not change.
/// </summary>
internal sealed class NoisyNeighbour : IDisposable
{
    private const int Threads = 2;
    private const int Window = 256;
    private const int CacheEntries = 1_024;

    private readonly CancellationTokenSource done = new();
    private readonly Task<long>[] workers;

    public NoisyNeighbour()
    {
        workers = [.. Enumerable.Range(0, Threads).Select(seed => Task.Factory.StartNew(
            () => AllocateAndKeep(new Random(seed), done.Token), TaskCreationOptions.LongRunning))];
    }

    /// <summary>Stops the threads; returns the bytes they allocated.</summary>
    public long Stop()
    {
        done.Cancel();
        return workers.Sum(worker => worker.GetAwaiter().GetResult());
    }

    public void Dispose()
    {
        done.Cancel();
        done.Dispose();
    }

    private static long AllocateAndKeep(Random random, CancellationToken done)
    {
        var kept = new byte[Window][];
        var cache = new List<byte[]>();
        var allocated = 0L;
        for (var i = 0L; !done.IsCancellationRequested; i++)
        {
            var array = new byte[random.Next(16, 4_096)];
            kept[i % Window] = array;
            allocated += array.Length;
            if (i % 10_000 == 0)
            {
                cache.Add(new byte[1_024]);
                if (cache.Count == CacheEntries)
                {
                    cache = [];
                }
            }
        }

        return allocated;
    }
}
