using MemoryBench.Gate;
using MemoryBench.Model;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// The run's "MemoryBench" object in the export: the schema version, this package's version (a baseline records which
/// MemoryBench measured it) and what the run selected.
/// </summary>
internal static class RunFacts
{
    public const string PropertyName = "MemoryBench";

    public const int SchemaVersion = 1;

    public static Dictionary<string, object> Of(RunSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return new Dictionary<string, object>
        {
            ["SchemaVersion"] = SchemaVersion,
            ["Version"] = MemoryBenchVersion.Of(typeof(RunFacts).Assembly),
            ["Selection"] = new Dictionary<string, object>
            {
                ["Filters"] = selection.Filters.ToArray(),
                ["ShardIndex"] = selection.ShardIndex,
                ["ShardCount"] = selection.ShardCount,
            },
        };
    }

    /// <summary>
    /// The selection of the benchmark run this process is: what <c>memorybench gate</c> says it selected (a shard is run
    /// as a filter of exact names, but recorded as the user's filter and the shard), else its own command line.
    /// </summary>
    public static RunSelection FromProcess() =>
        GateRunEnvironment.Selection ?? SelectionArguments.Of([.. MemoryBenchConfiguration.ProcessCommandLine()], Shard.All);
}
