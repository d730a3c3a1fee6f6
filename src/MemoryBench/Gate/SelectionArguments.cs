using MemoryBench.Model;

namespace MemoryBench.Gate;

/// <summary>
/// The BenchmarkDotNet arguments that choose which benchmarks run (filters, categories, attributes), recorded with
/// the shard, so the comparison knows a run was partial.
/// </summary>
internal static class SelectionArguments
{
    private static readonly HashSet<string> Selecting = new(StringComparer.Ordinal)
    {
        "-f", "--filter", "--anyCategories", "--allCategories", "--attribute",
    };

    public static RunSelection Of(IReadOnlyList<string> benchmarkDotNetArguments, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(benchmarkDotNetArguments);
        var selecting = new List<string>();
        for (var i = 0; i < benchmarkDotNetArguments.Count; i++)
        {
            if (!Selecting.Contains(benchmarkDotNetArguments[i]))
            {
                continue;
            }

            selecting.Add(benchmarkDotNetArguments[i]);
            // BenchmarkDotNet takes every value up to the next option.
            while (i + 1 < benchmarkDotNetArguments.Count && !benchmarkDotNetArguments[i + 1].StartsWith('-'))
            {
                selecting.Add(benchmarkDotNetArguments[++i]);
            }
        }

        return new RunSelection([.. selecting], shard.Index, shard.Count);
    }
}
