using System.Globalization;
using BenchmarkDotNet.Running;
using MemoryBench.Benchmarks.Harness;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>
/// Every paired scenario of the suite, once per set of [Params]: the wasteful side (the class's baseline benchmark)
/// and the frugal one, named as results/baseline.json names them without the namespace.
/// </summary>
internal static class SuitePairs
{
    public static IReadOnlyList<(string Wasteful, string Frugal)> All { get; } = [.. SuiteCatalog.Types.SelectMany(PairsOf)];

    /// <summary>The pairs as MSTest's dynamic data: the wasteful and the frugal benchmark's names.</summary>
    public static IEnumerable<object[]> Rows => All.Select(pair => new object[] { pair.Wasteful, pair.Frugal });

    private static IEnumerable<(string Wasteful, string Frugal)> PairsOf(Type type) =>
        BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases
            .GroupBy(benchmark => benchmark.Parameters.ValueInfo)
            .Select(sides =>
            {
                var wasteful = sides.Single(benchmark => benchmark.Descriptor.Baseline);
                var frugal = sides.Single(benchmark => !benchmark.Descriptor.Baseline);
                return (NameOf(wasteful), NameOf(frugal));
            });

    private static string NameOf(BenchmarkCase benchmark)
    {
        var name = $"{benchmark.Descriptor.Type.Name}.{benchmark.Descriptor.WorkloadMethod.Name}";
        var parameters = benchmark.Parameters.Items
            .Select(parameter => string.Create(CultureInfo.InvariantCulture, $"{parameter.Name}={parameter.Value}"))
            .ToArray();
        return parameters.Length == 0 ? name : $"{name}({string.Join(", ", parameters)})";
    }
}
