using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace MemoryBench.Attribution;

/// <summary>
/// A speedscope file (its file-format schema): frames shared by all profiles, and here one sampled profile whose
/// stacks run from the root to the leaf and whose weights are in bytes.
/// </summary>
internal sealed record SpeedscopeDocument(
    [property: JsonPropertyName("$schema")] string Schema,
    SpeedscopeShared Shared,
    ImmutableArray<SpeedscopeSampledProfile> Profiles,
    string Name,
    int ActiveProfileIndex,
    string Exporter);

internal sealed record SpeedscopeShared(ImmutableArray<SpeedscopeFrame> Frames);

internal sealed record SpeedscopeFrame(string Name);

internal sealed record SpeedscopeSampledProfile(
    string Type,
    string Name,
    string Unit,
    double StartValue,
    double EndValue,
    ImmutableArray<ImmutableArray<int>> Samples,
    ImmutableArray<double> Weights);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SpeedscopeDocument))]
internal sealed partial class SpeedscopeJsonContext : JsonSerializerContext;
