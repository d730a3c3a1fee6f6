using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Harness;

/// <summary>The benchmark types of the suite, as BenchmarkSwitcher finds them.</summary>
public static class SuiteCatalog
{
    public static Assembly Assembly { get; } = typeof(SuiteCatalog).Assembly;

    public static IReadOnlyList<Type> Types { get; } = Assembly.GetExportedTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }
            && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();
}
