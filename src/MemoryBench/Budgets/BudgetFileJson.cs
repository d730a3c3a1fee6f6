using System.Text.Json.Serialization;

namespace MemoryBench.Budgets;

/// <summary>The budgets file as written: <c>{ "budgets": [ { "benchmark": "*.ValueTask*", "maxBytesPerOperation": 0, ... } ] }</c>.</summary>
internal sealed class BudgetFileJson
{
    public BudgetFileEntryJson?[]? Budgets { get; init; }
}

/// <summary>One entry; every member optional here so that the reader, not the serializer, says what is missing.</summary>
internal sealed class BudgetFileEntryJson
{
    public string? Benchmark { get; init; }

    public long? MaxBytesPerOperation { get; init; }

    public bool? NoGen2 { get; init; }

    public bool? RetainsNothing { get; init; }
}

// A misspelt member ("maxBytesPerOp") would silently drop a limit, so unknown members are errors; a member written
// twice would silently keep the second (looser) limit, so duplicates are errors too.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(BudgetFileJson))]
internal sealed partial class BudgetFileJsonContext : JsonSerializerContext;
