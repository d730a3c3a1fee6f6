using System.Text.Json.Nodes;
using MemoryBench.Model;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// Adds to a copied export the "MemoryBench" objects MemoryBench.BenchmarkDotNet's exporter writes: the run's selection
/// and, per benchmark, what the facts function gives (null for none).
/// </summary>
internal static class ExportAnnotations
{
    public static void Annotate(string export, RunSelection? selection, Func<JsonNode, JsonObject?>? facts = null)
    {
        var document = JsonNode.Parse(File.ReadAllText(export))!;
        if (selection is not null)
        {
            document["MemoryBench"] = Selection(selection);
        }

        foreach (var benchmark in document["Benchmarks"]!.AsArray())
        {
            if (facts?.Invoke(benchmark!) is { } annotation)
            {
                benchmark!["MemoryBench"] = annotation;
            }
        }

        File.WriteAllText(export, document.ToJsonString());
    }

    public static JsonObject Selection(RunSelection selection) => new()
    {
        ["SchemaVersion"] = 1,
        ["Selection"] = new JsonObject
        {
            ["Filters"] = new JsonArray([.. selection.Filters.Select(f => JsonValue.Create(f))]),
            ["ShardIndex"] = selection.ShardIndex,
            ["ShardCount"] = selection.ShardCount,
        },
    };

    public static JsonObject Facts(string[] categories, bool baseline, JsonObject? budget = null, string gcMode = "Workstation, Concurrent") => new()
    {
        ["Categories"] = new JsonArray([.. categories.Select(c => JsonValue.Create(c))]),
        ["Baseline"] = baseline,
        ["GcMode"] = gcMode,
        ["Budget"] = budget,
    };
}
