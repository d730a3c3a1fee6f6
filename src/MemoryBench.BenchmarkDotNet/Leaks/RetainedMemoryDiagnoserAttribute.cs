using BenchmarkDotNet.Configs;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Adds the "Retained/op" column beside <c>[MemoryDiagnoser]</c>'s: the managed memory a benchmark keeps alive per
/// operation (a leak), measured in the host process after BenchmarkDotNet has run the benchmark.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class RetainedMemoryDiagnoserAttribute : Attribute, IConfigSource
{
    /// <summary>The configuration BenchmarkDotNet unites with the rest.</summary>
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddDiagnoser(RetainedMemoryDiagnoser.Shared);
}
