using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Manifest;

/// <summary>The run manifest file as JSON: everything nullable, so a missing member is reported, not defaulted.</summary>
internal sealed class RunManifestDocument
{
    public int? SchemaVersion { get; init; }

    public string? GcMode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunSelectionDocument? Selection { get; init; }

    public List<RunManifestEntryDocument?>? Benchmarks { get; init; }
}

/// <summary>The run's selection; absent in manifests of runs of every benchmark written before it was recorded.</summary>
internal sealed class RunSelectionDocument
{
    public List<string?>? Filters { get; init; }

    public int? ShardIndex { get; init; }

    public int? ShardCount { get; init; }
}

internal sealed class RunManifestEntryDocument
{
    public string? FullName { get; init; }

    public string? Job { get; init; }

    public List<string?>? Categories { get; init; }

    public bool IsBaseline { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RunManifestBudgetDocument? Budget { get; init; }
}

internal sealed class RunManifestBudgetDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? MaxBytesPerOperation { get; init; }

    public bool NoGen2 { get; init; }

    public bool RetainsNothing { get; init; }
}
