using MemoryBench.Model;

namespace MemoryBench.Gate;

/// <summary>
/// What <c>memorybench gate</c> tells the benchmark process it starts, through environment variables, since a user's
/// project keeps BenchmarkDotNet's plain command line: that the gate compares afterwards, and which benchmarks the
/// user selected. The gate runs a shard as a filter of exact names; the selection the run records must still be the
/// user's filter and the shard, so that the shards compared together are the whole run again.
/// </summary>
internal static class GateRunEnvironment
{
    /// <summary>"1" when the gate started the run: the entry point only runs and leaves comparing to the gate.</summary>
    public const string RunVariable = "MEMORYBENCH_GATE_RUN";

    /// <summary>The user's selection: the shard ("i/n") on the first line, then one selection argument a line.</summary>
    public const string SelectionVariable = "MEMORYBENCH_GATE_SELECTION";

    /// <summary>True when this process was started by the gate.</summary>
    public static bool IsGateRun => Environment.GetEnvironmentVariable(RunVariable) == "1";

    /// <summary>The selection the gate recorded for this process; null when none was.</summary>
    public static RunSelection? Selection =>
        IsGateRun && Environment.GetEnvironmentVariable(SelectionVariable) is { Length: > 0 } text ? ParseSelection(text) : null;

    /// <summary>The value of <see cref="SelectionVariable"/> for <paramref name="selection"/>.</summary>
    public static string FormatSelection(RunSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return string.Join('\n', [$"{selection.ShardIndex}/{selection.ShardCount}", .. selection.Filters]);
    }

    /// <summary>Reads what <see cref="FormatSelection"/> wrote; null when it is not that.</summary>
    public static RunSelection? ParseSelection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        return Shard.TryParse(lines[0], out _) is { } shard ? new RunSelection([.. lines.Skip(1)], shard.Index, shard.Count) : null;
    }
}
