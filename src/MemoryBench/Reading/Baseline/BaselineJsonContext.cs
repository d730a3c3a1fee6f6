using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// The baseline file's own schema: camelCase, two-space indentation and "\n" on every platform (so
/// writing twice gives the same bytes anywhere); strict on reading, since people edit it by hand and
/// a misspelt member must not pass silently.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(Report.CamelCaseEnumConverter<Attribution.SamplingEvent>)])]
[JsonSerializable(typeof(BaselineDocument))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
