using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class NewArrayVsArrayPoolTests
{
    [TestMethod]
    [DataRow(4_096)]
    [DataRow(1_048_576)]
    public void Both_sides_return_the_same_checksum(int messageSize)
    {
        var pair = Create(messageSize);

        Assert.AreEqual(pair.NewArray(), pair.PooledArray());
    }

    [TestMethod]
    [DataRow(4_096)]
    [DataRow(1_048_576)]
    public void New_array_allocates_the_whole_message_every_call(int messageSize)
    {
        var pair = Create(messageSize);

        Assert.IsGreaterThan(messageSize, Allocations.Measure(pair.NewArray).BytesPerOperation);
    }

    [TestMethod]
    [DataRow(4_096)]
    [DataRow(1_048_576)]
    public void Pooled_array_allocates_nothing_once_the_pool_holds_a_buffer(int messageSize)
    {
        var pair = Create(messageSize);

        MemoryAssert.AllocatesNothing(pair.PooledArray);
    }

    private static NewArrayVsArrayPool Create(int messageSize)
    {
        var pair = new NewArrayVsArrayPool { MessageSize = messageSize };
        pair.CreateMessage();
        return pair;
    }
}
