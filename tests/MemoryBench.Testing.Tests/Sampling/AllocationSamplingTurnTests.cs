using MemoryBench.Testing.Measuring;
using MemoryBench.Testing.Sampling;

namespace MemoryBench.Testing.Tests.Sampling;

/// <summary>
/// A failed allocation assertion samples its operation under a runtime event listener, whose first use builds event
/// machinery the process keeps: never while a DoesNotLeak beside it reads the heap.
/// </summary>
[TestClass]
public sealed class AllocationSamplingTurnTests
{
    [TestMethod]
    public async Task Sampling_waits_while_a_retention_measurement_has_the_process_to_itself()
    {
        var calls = 0;
        var loop = new SynchronousCallLoop(() =>
        {
            Interlocked.Increment(ref calls);
            GC.KeepAlive(new byte[64]);
        });
        var retention = await MeasurementTurns.AloneAsync(loop);
        Task<IReadOnlyList<AllocatedType>> sampling;
        try
        {
            sampling = Task.Run(async () => await AllocationSampling.TopTypesAsync(loop, 1_000, 88, 3));
            // Long enough for a sampler that did not wait to have started calling; the retention turn is still held.
            await Task.Delay(TimeSpan.FromMilliseconds(500));

            Assert.AreEqual(0, Volatile.Read(ref calls));
        }
        finally
        {
            retention.Dispose();
        }

        await sampling;
        Assert.IsGreaterThan(0, Volatile.Read(ref calls));
    }
}
