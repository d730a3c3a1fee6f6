using System.Collections.Immutable;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Pipeline;

/// <summary>One comparison as a command asks for it: what to read, how to judge, where to write.</summary>
/// <param name="BaselinePath">A baseline file, or BenchmarkDotNet results (file or folder).</param>
/// <param name="CurrentPaths">BenchmarkDotNet results, files or folders (several for shards).</param>
/// <param name="BudgetsPath">A budgets file; null for none (attribute budgets still apply).</param>
/// <param name="MarkdownPath">Where to write the markdown report; null for nowhere.</param>
/// <param name="JsonPath">Where to write the verdicts as JSON; null for nowhere.</param>
/// <param name="Thresholds">How far figures may move.</param>
internal sealed record GateRequest(
    string BaselinePath,
    ImmutableArray<string> CurrentPaths,
    string? BudgetsPath,
    string? MarkdownPath,
    string? JsonPath,
    Thresholds Thresholds)
{
    /// <summary>
    /// What the command that started the run selected, when it knows better than the run's own record (the gate runs
    /// a shard as a filter of exact names); null to take the run's record.
    /// </summary>
    public RunSelection? Selection { get; init; }

    /// <summary>A history of the default branch's runs, for the trend of what regressed; null for none.</summary>
    public string? HistoryPath { get; init; }

    /// <summary>
    /// True when the report and the verdicts are a run's own outputs, not files the user named: one that cannot be
    /// written is a warning of the outcome, and the verdict stands.
    /// </summary>
    public bool ReportsOptional { get; init; }
}
