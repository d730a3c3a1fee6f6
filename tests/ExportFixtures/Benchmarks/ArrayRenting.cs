using System.Buffers;
using BenchmarkDotNet.Attributes;
using ExportFixtures.Configuration;

namespace ExportFixtures.Benchmarks;

/// <summary>One type under two jobs (workstation and server GC).</summary>
[MemoryDiagnoser]
[Config(typeof(GcModesConfig))]
public class ArrayRenting
{
    // Returned, so the JIT cannot keep the array on the stack.
    [Benchmark(Baseline = true)]
    public byte[] Allocate() => new byte[256];

    [Benchmark]
    public int Rent()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(256);
        var length = buffer.Length;
        ArrayPool<byte>.Shared.Return(buffer);
        return length;
    }
}
