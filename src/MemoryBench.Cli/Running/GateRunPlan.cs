using System.Collections.Immutable;
using MemoryBench.Gate;
using MemoryBench.Model;

namespace MemoryBench.Cli.Running;

/// <summary>
/// What the gate asks of the benchmark project, as BenchmarkDotNet's own command line: the user's selection (or, for a
/// shard, its benchmarks by exact name), the run folder, and the memory diagnoser and JSON export where the project's
/// config does not bring them.
/// </summary>
/// <param name="Filters">The user's <c>--filter</c> globs; <c>*</c> when none, so BenchmarkDotNet never asks on the console.</param>
/// <param name="Shard">The part of the selection to run.</param>
/// <param name="RunFolder">BenchmarkDotNet's artifacts folder, a full path.</param>
/// <param name="Memory">Whether to add <c>--memory --exporters json</c>.</param>
/// <param name="PassThrough">Further BenchmarkDotNet arguments, given after <c>--</c>.</param>
internal sealed record GateRunPlan(
    ImmutableArray<string> Filters,
    Shard Shard,
    string RunFolder,
    MemoryArguments Memory,
    ImmutableArray<string> PassThrough)
{
    /// <summary>
    /// False when the user asked BenchmarkDotNet for one of its commands that run no benchmark (<c>--list</c>,
    /// <c>--help</c>, <c>--info</c>, <c>--version</c>): the gate passes it on and leaves the run folder alone.
    /// </summary>
    public bool RunsBenchmarks => !BenchmarkDotNetCommands.RunNoBenchmark(PassThrough);

    /// <summary>The arguments of a BenchmarkDotNet command that runs no benchmark: the user's, with their filters.</summary>
    public ImmutableArray<string> CommandArguments => ["--filter", .. Filters, .. PassThrough];

    /// <summary>The arguments that list the selected benchmarks, one name a line.</summary>
    public ImmutableArray<string> ListArguments => ["--list", "flat", "--filter", .. Filters, .. PassThrough];

    /// <summary>What the user selected, for the comparison and the report: filters, categories, the shard.</summary>
    public RunSelection Selection => SelectionArguments.Of(["--filter", .. Filters, .. PassThrough], Shard);

    /// <summary>
    /// The arguments that run <paramref name="benchmarks"/> (exact names), or the whole selection when null, in a project with
    /// <paramref name="references"/> (its evaluated package and project references).
    /// </summary>
    public ImmutableArray<string> RunArguments(IReadOnlyCollection<string>? benchmarks, IEnumerable<string> references) =>
    [
        "--filter", .. benchmarks ?? (IEnumerable<string>)Filters,
        "--artifacts", RunFolder,
        .. AddsMemoryArguments(references) ? new[] { "--memory", "--exporters", "json" } : [],
        .. PassThrough,
    ];

    private bool AddsMemoryArguments(IEnumerable<string> references) => Memory switch
    {
        MemoryArguments.Add => true,
        MemoryArguments.None => false,
        _ => !BenchmarkProject.BringsMemoryConfig(references),
    };
}
