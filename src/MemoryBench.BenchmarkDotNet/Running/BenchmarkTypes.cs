using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The benchmark types of an assembly, as BenchmarkSwitcher finds them.</summary>
public static class BenchmarkTypes
{
    public static IReadOnlyList<Type> In(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }
                && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
    }
}
