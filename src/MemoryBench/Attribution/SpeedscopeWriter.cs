using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace MemoryBench.Attribution;

/// <summary>
/// Writes allocation samples as a speedscope sampled profile: one stack per sample, weighted by the bytes per
/// operation it stands for, with the allocated type as the leaf frame, so the flame graph's widths are bytes/op.
/// </summary>
internal static class SpeedscopeWriter
{
    /// <summary>The schema speedscope recognises its own format by.</summary>
    public const string Schema = "https://www.speedscope.app/file-format-schema.json";

    /// <summary>The file's JSON.</summary>
    public static string ToJson(string benchmark, IReadOnlyList<AllocationSample> samples, long operations)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(operations);

        var frames = new List<SpeedscopeFrame>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        int Index(string name)
        {
            if (!indexes.TryGetValue(name, out var index))
            {
                index = frames.Count;
                indexes.Add(name, index);
                frames.Add(new SpeedscopeFrame(name));
            }

            return index;
        }

        var stacks = ImmutableArray.CreateBuilder<ImmutableArray<int>>(samples.Count);
        var weights = ImmutableArray.CreateBuilder<double>(samples.Count);
        foreach (var sample in samples)
        {
            // The samples hold the innermost frame first; speedscope reads a stack from the root.
            var stack = sample.Frames.Reverse().Select(Index).Append(Index($"new {sample.TypeName}"));
            stacks.Add([.. stack]);
            weights.Add(sample.Weight / operations);
        }

        var total = weights.Sum();
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{benchmark}: allocated bytes per operation, estimated from {samples.Count} samples over {operations} operations");
        var document = new SpeedscopeDocument(
            Schema,
            new SpeedscopeShared([.. frames]),
            [new SpeedscopeSampledProfile("sampled", name, "bytes", 0, total, stacks.MoveToImmutable(), weights.MoveToImmutable())],
            name,
            0,
            "MemoryBench");
        return JsonSerializer.Serialize(document, SpeedscopeJsonContext.Default.SpeedscopeDocument);
    }
}
