using System.Text.Json.Serialization;

namespace MemoryBench.History.Store;

/// <summary>
/// The history's files: camelCase, two-space indentation and "\n" everywhere, as the baseline; strict on reading, since
/// the files live on a branch where anyone can edit or merge them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(HistoryRunDocument))]
[JsonSerializable(typeof(HistoryMarkerDocument))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
