using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Copying a received message into a fresh scratch buffer on every call, against renting the buffer from
/// <see cref="ArrayPool{T}.Shared"/> and returning it. At 1 MiB the fresh buffer lands on the large
/// object heap, which only a Gen2 collection reclaims.
/// </summary>
[BenchmarkCategory(nameof(NewArrayVsArrayPool))]
public class NewArrayVsArrayPool
{
    private byte[] message = [];

    [Params(4_096, 1_048_576)]
    public int MessageSize { get; set; }

    [GlobalSetup]
    public void CreateMessage()
    {
        message = new byte[MessageSize];
        for (var i = 0; i < message.Length; i++)
        {
            message[i] = (byte)(i * 13);
        }
    }

    [Benchmark(Baseline = true)]
    public long NewArray()
    {
        var buffer = new byte[MessageSize];
        return Checksum(buffer, ReadMessage(buffer));
    }

    [Benchmark]
    public long PooledArray()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MessageSize);
        try
        {
            return Checksum(buffer, ReadMessage(buffer));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int ReadMessage(byte[] buffer)
    {
        message.CopyTo(buffer, 0);
        return message.Length;
    }

    private static long Checksum(byte[] buffer, int length)
    {
        var sum = 0L;
        foreach (var b in buffer.AsSpan(0, length))
        {
            sum += b;
        }

        return sum;
    }
}
