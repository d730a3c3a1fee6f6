using System.Text.Json.Serialization;
using MemoryBench.Reading.Baseline;

namespace MemoryBench.History.Store;

/// <summary>
/// One run of the history as JSON (<c>runs/{time}-{commit}.json</c>): the version first, the commit and time, the
/// environment in the baseline's schema, then one line per benchmark, sorted by id, so the file reads and diffs like
/// the baseline.
/// </summary>
internal sealed record HistoryRunDocument(
    int SchemaVersion,
    string? Commit,
    DateTimeOffset Time,
    BaselineEnvironmentDocument? Environment,
    IReadOnlyDictionary<string, HistoryFiguresDocument?> Benchmarks);

/// <summary>
/// One benchmark's figures on one line: <c>{"allocated": 1016, "gen0": 12, "gen1": 0, "gen2": 0, "operations": 1048576}</c>,
/// with <c>"retained"</c> and <c>"retainedError"</c> when retained memory was measured. A member not measured is left out.
/// </summary>
[JsonConverter(typeof(HistoryFiguresConverter))]
internal sealed record HistoryFiguresDocument(
    long? Allocated, long? Gen0, long? Gen1, long? Gen2, long? Operations, double? Retained, double? RetainedError);

/// <summary>The file at the history's root that says what the folder is: <c>history.json</c>.</summary>
/// <param name="SchemaVersion">The version of the whole store's layout and of its run files.</param>
/// <param name="Description">For a person who opens the folder: what it is and what writes it.</param>
internal sealed record HistoryMarkerDocument(int SchemaVersion, string Description);
