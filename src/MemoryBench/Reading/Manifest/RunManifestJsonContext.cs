using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Manifest;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(RunManifestDocument))]
internal sealed partial class RunManifestJsonContext : JsonSerializerContext;
