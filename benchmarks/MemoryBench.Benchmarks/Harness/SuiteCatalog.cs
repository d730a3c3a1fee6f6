using System.Reflection;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Benchmarks.Harness;

/// <summary>The benchmark types of the suite, as BenchmarkSwitcher finds them.</summary>
public static class SuiteCatalog
{
    public static Assembly Assembly { get; } = typeof(SuiteCatalog).Assembly;

    public static IReadOnlyList<Type> Types { get; } = BenchmarkTypes.In(Assembly);
}
