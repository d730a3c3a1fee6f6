using System.Text.Json.Serialization;

namespace MemoryBench.Attribution;

/// <summary>The profile files' JSON: camelCase and indented, strict on reading.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    IgnoreReadOnlyProperties = true,
    Converters = [typeof(Report.CamelCaseEnumConverter<SamplingEvent>)])]
[JsonSerializable(typeof(AllocationProfile))]
internal sealed partial class AllocationProfileJsonContext : JsonSerializerContext;
