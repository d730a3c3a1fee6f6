using MemoryBench.Leaks;

namespace MemoryBench.IntegrationTests.Leaks;

[TestClass]
[DoNotParallelize]
public sealed class DoublingBatchSamplerTests
{
    // Keeps a 50,000-byte array per operation (49,976 bytes and a 24-byte header, under the large object heap's 85,000)
    // in an array sized up front, so nothing but the kept arrays grows. The test host's own objects come and go on its
    // threads meanwhile: under load a sample once held 235 KB of them that the next did not (a batch of 1,000-byte
    // arrays read 265,384 B for 500,000 B kept), and with gen0 pinned at 32 MiB beside a busy neighbour 258 KB (12,242,272 B
    // for 12,500,000 kept), so the batches keep megabytes and the samples are held to 2 % of them and half a megabyte.
    private const int KeptBytes = 50_000;

    private const long HostChurnBytes = 512 * 1024;

    private sealed class KeepingOperation(int capacity)
    {
        private readonly object[] kept = new object[capacity];
        private int count;

        public List<long> Batches { get; } = [];

        public ValueTask Run(long calls)
        {
            Batches.Add(calls);
            for (var call = 0L; call < calls; call++)
            {
                kept[count++] = new byte[KeptBytes - 24];
            }

            return ValueTask.CompletedTask;
        }
    }

    [TestMethod]
    public async Task Warm_up_batches_run_before_the_first_sample_and_are_not_counted()
    {
        var operation = new KeepingOperation(capacity: 2_000);

        var samples = await DoublingBatchSampler.SampleAsync(operation.Run, firstBatch: 100, batches: 4, warmupBatches: 2, operationsPerCall: 3);

        CollectionAssert.AreEqual(new long[] { 100, 100, 100, 200, 400, 800 }, operation.Batches);
        CollectionAssert.AreEqual(new long[] { 0, 300, 900, 2_100, 4_500 }, samples.Select(sample => sample.Operations).ToArray());
    }

    [TestMethod]
    public async Task Each_sample_holds_what_the_batch_before_it_kept()
    {
        var operation = new KeepingOperation(capacity: 4_000);

        var samples = await DoublingBatchSampler.SampleAsync(operation.Run, firstBatch: 250, batches: 3, warmupBatches: 1);

        var increases = samples.Zip(samples.Skip(1), (before, after) => after.SurvivingBytes - before.SurvivingBytes).ToArray();
        long[] kept = [250 * KeptBytes, 500 * KeptBytes, 1_000 * KeptBytes];
        for (var batch = 0; batch < kept.Length; batch++)
        {
            Assert.AreEqual(kept[batch], increases[batch], (0.02 * kept[batch]) + HostChurnBytes, $"batch {batch}: {string.Join(", ", increases)} B");
        }
    }
}
