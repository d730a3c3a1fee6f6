namespace MemoryBench.Model;

/// <summary>Whether a run measured every benchmark it could, or only part of them.</summary>
/// <param name="IsPartial">True when a filter or a shard left benchmarks out on purpose.</param>
/// <param name="Description">What the run selected, in words, for the report ("selection --filter *X*", "shard 1/2").</param>
public sealed record RunCoverage(bool IsPartial, string Description)
{
    /// <summary>Every benchmark; also what a run without a record of its selection is taken to be.</summary>
    public static RunCoverage Complete { get; } = new(false, "every benchmark");

    /// <summary>
    /// The coverage of the runs read together: complete when each selected everything, or when they are all the shards
    /// of one unfiltered selection; partial otherwise. No recorded selection at all is a complete run.
    /// </summary>
    internal static RunCoverage Of(IReadOnlyCollection<RunSelection> selections)
    {
        ArgumentNullException.ThrowIfNull(selections);
        if (selections.All(selection => selection.IsEverything))
        {
            return Complete;
        }

        var shardCounts = selections.Select(selection => selection.ShardCount).Distinct().ToList();
        var allShards = shardCounts.Count == 1
            && selections.Select(selection => selection.ShardIndex).ToHashSet().SetEquals(Enumerable.Range(1, shardCounts[0]));
        if (allShards && selections.All(selection => selection.FiltersNothing))
        {
            return Complete;
        }

        var described = selections.Select(selection => selection.Describe()).Distinct().Order(StringComparer.Ordinal);
        return new RunCoverage(true, string.Join("; ", described));
    }
}
