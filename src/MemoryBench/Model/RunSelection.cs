using System.Collections.Immutable;

namespace MemoryBench.Model;

/// <summary>
/// Which benchmarks a run set out to measure: BenchmarkDotNet's selection arguments (filters, categories,
/// attributes) and the shard. A run of part of the suite knows it is partial, so the benchmarks it left out
/// are "not run", not "removed".
/// </summary>
/// <param name="Filters">The selection arguments as given ("--filter", "*Iterator*"); empty or a lone "*" filter for all.</param>
/// <param name="ShardIndex">The shard, 1-based.</param>
/// <param name="ShardCount">How many shards the selection was split into; 1 for none.</param>
internal sealed record RunSelection(ImmutableArray<string> Filters, int ShardIndex, int ShardCount)
{
    public static RunSelection Everything { get; } = new([], 1, 1);

    /// <summary>True when no filter narrowed the suite.</summary>
    public bool FiltersNothing =>
        Filters.IsDefaultOrEmpty || Filters.SequenceEqual(["--filter", "*"]) || Filters.SequenceEqual(["-f", "*"]);

    public bool IsEverything => FiltersNothing && ShardCount == 1;

    /// <summary>"filter --filter *Iterator*", "shard 1/2", for the report.</summary>
    public string Describe()
    {
        var parts = new List<string>(2);
        if (!FiltersNothing)
        {
            parts.Add($"selection {string.Join(" ", Filters)}");
        }

        if (ShardCount > 1)
        {
            parts.Add($"shard {ShardIndex}/{ShardCount}");
        }

        return parts.Count == 0 ? "every benchmark" : string.Join(", ", parts);
    }
}
