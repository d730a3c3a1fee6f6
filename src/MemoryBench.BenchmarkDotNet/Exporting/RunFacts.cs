using MemoryBench.Model;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The run's "MemoryBench" object in the export: the schema version and what the run selected.</summary>
internal static class RunFacts
{
    public const string PropertyName = "MemoryBench";

    public const int SchemaVersion = 1;

    /// <summary>"i/n": this run is shard i of n of its selection (set by <c>memorybench gate --shard</c>).</summary>
    public const string ShardVariable = "MEMORYBENCH_SHARD";

    /// <summary>
    /// The selection arguments the shards were cut from, one per line (set by <c>memorybench gate --shard</c>, whose
    /// command line then selects the shard's own benchmarks by name).
    /// </summary>
    public const string SelectionVariable = "MEMORYBENCH_SELECTION";

    public static Dictionary<string, object> Of(RunSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new Dictionary<string, object>
        {
            ["SchemaVersion"] = SchemaVersion,
            ["Selection"] = new Dictionary<string, object>
            {
                ["Filters"] = selection.Filters.ToArray(),
                ["ShardIndex"] = selection.ShardIndex,
                ["ShardCount"] = selection.ShardCount,
            },
        };
    }

    /// <summary>The selection of the benchmark run this process is: its command line, or the shard it was told it is.</summary>
    public static RunSelection FromProcess()
    {
        var shardText = Environment.GetEnvironmentVariable(ShardVariable);
        if (string.IsNullOrEmpty(shardText))
        {
            return SelectionArguments.Of([.. MemoryBenchConfiguration.ProcessCommandLine()], Shard.All);
        }

        var shard = Shard.TryParse(shardText, out var error)
            ?? throw new InvalidOperationException($"{ShardVariable}: {error}");
        var selection = Environment.GetEnvironmentVariable(SelectionVariable) ?? "";
        return SelectionArguments.Of(selection.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), shard);
    }
}
