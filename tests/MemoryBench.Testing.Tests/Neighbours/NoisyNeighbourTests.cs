namespace MemoryBench.Testing.Tests.Neighbours;

/// <summary>
/// Another test that allocates on other threads while the assertion tests run beside it (the assembly runs tests in
/// parallel): their figures must not change. It keeps what it allocates for a moment only, as tests usually do.
/// </summary>
[TestClass]
public sealed class NoisyNeighbourTests
{
    private const int Threads = 2;
    private const int Kept = 64;

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void Allocating_on_other_threads_beside_the_assertion_tests(int seed)
    {
        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(
            () => Allocate(new Random((seed * Threads) + thread)), TaskCreationOptions.LongRunning)).ToArray();

        Task.WaitAll(workers);

        Assert.IsTrue(workers.All(worker => worker.Result > 0));
    }

    private static long Allocate(Random random)
    {
        var kept = new byte[Kept][];
        var allocated = 0L;
        for (var i = 0; i < 200_000; i++)
        {
            var array = new byte[random.Next(16, 4_096)];
            kept[i % Kept] = array;
            allocated += array.Length;
        }

        return allocated;
    }
}
