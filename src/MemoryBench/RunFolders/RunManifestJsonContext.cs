using System.Text.Json.Serialization;

namespace MemoryBench.RunFolders;

/// <summary>The run manifest's JSON: camelCase, indented, strict on reading (a file that is not MemoryBench's is not taken for one).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RunManifest))]
internal sealed partial class RunManifestJsonContext : JsonSerializerContext;
