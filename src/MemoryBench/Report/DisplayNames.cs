using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// Benchmark ids as rows show them: without the namespace, which repeats on every row and pushes the figures
/// out of view; the full id where two benchmarks would otherwise read the same.
/// </summary>
internal sealed class DisplayNames
{
    private readonly Dictionary<BenchmarkId, string> names;

    private DisplayNames(Dictionary<BenchmarkId, string> names) => this.names = names;

    public static DisplayNames For(IEnumerable<BenchmarkComparison> benchmarks)
    {
        var shortNames = new Dictionary<BenchmarkId, string>();
        foreach (var benchmark in benchmarks)
        {
            shortNames.TryAdd(benchmark.Id, WithoutNamespace(benchmark));
        }

        var ambiguous = shortNames.Values
            .GroupBy(name => name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new DisplayNames(shortNames.ToDictionary(
            pair => pair.Key,
            pair => ambiguous.Contains(pair.Value) ? pair.Key.Value : pair.Value));
    }

    public string this[BenchmarkId id] => names.TryGetValue(id, out var name) ? name : id.Value;

    private static string WithoutNamespace(BenchmarkComparison benchmark)
    {
        var id = benchmark.Id.Value;
        var space = (benchmark.Current ?? benchmark.Baseline)?.Name.Namespace;
        return !string.IsNullOrEmpty(space) && id.Length > space.Length + 1
            && id.StartsWith(space, StringComparison.Ordinal) && id[space.Length] == '.'
            ? id[(space.Length + 1)..]
            : id;
    }
}
