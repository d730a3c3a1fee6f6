using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;
using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// Measures a benchmark of the suite as BenchmarkDotNet's fast job does: set up by its [Params] and [GlobalSetup],
/// in code that no other benchmark has run in.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs every benchmark in a process of its own. In one test process, the runtime's profile of a
/// method shared by two benchmarks (EagerListVsIterator's TotalLength enumerates a List in one, an iterator in the
/// other) is the mix of both, and the optimised code the second one gets allocates what the first one's profile
/// kept it from putting on the stack (48 B per call more for the iterator). A fresh copy of the benchmarks assembly,
/// loaded into a load context of its own, has fresh methods, fresh profiles and fresh statics: as a new process would.
/// </remarks>
internal static class SuiteOperations
{
    private static readonly string BenchmarksAssembly = typeof(EagerListVsIterator).Assembly.Location;

    private static readonly MethodInfo MeasureOfResult = typeof(Allocations).GetMethods()
        .Single(method => method.Name == nameof(Allocations.Measure) && method.IsGenericMethodDefinition && method.GetParameters().Length == 2);

    /// <summary>Measures a benchmark named as in results/baseline.json without the namespace, e.g. "Type.Method(Count=1000)".</summary>
    public static AllocationMeasurement Measure(string benchmark, MeasurementOptions options)
    {
        var (typeName, methodName, parameters) = Parse(benchmark);
        var context = new AssemblyLoadContext($"{benchmark} {Guid.NewGuid():N}");
        var type = context.LoadFromAssemblyPath(BenchmarksAssembly).GetType($"{typeof(EagerListVsIterator).Namespace}.{typeName}", throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (name, value) in parameters)
        {
            var property = type.GetProperty(name) ?? throw new ArgumentException($"{typeName} has no parameter {name}.", nameof(benchmark));
            property.SetValue(instance, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        RunAll<GlobalSetupAttribute>(type, instance);
        try
        {
            var method = type.GetMethod(methodName) ?? throw new ArgumentException($"{typeName} has no benchmark {methodName}.", nameof(benchmark));
            var operation = method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance);
            return (AllocationMeasurement)MeasureOfResult.MakeGenericMethod(method.ReturnType).Invoke(null, [operation, options])!;
        }
        finally
        {
            RunAll<GlobalCleanupAttribute>(type, instance);
        }
    }

    private static (string Type, string Method, IReadOnlyList<(string Name, string Value)> Parameters) Parse(string benchmark)
    {
        var open = benchmark.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? benchmark : benchmark[..open];
        var parameters = open < 0
            ? []
            : benchmark[(open + 1)..^1].Split(", ").Select(pair => pair.Split('=')).Select(pair => (pair[0], pair[1])).ToList();
        var dot = name.LastIndexOf('.');
        return (name[..dot], name[(dot + 1)..], parameters);
    }

    private static void RunAll<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(method => method.IsDefined(typeof(TAttribute))))
        {
            _ = method.Invoke(method.IsStatic ? null : instance, null);
        }
    }
}
