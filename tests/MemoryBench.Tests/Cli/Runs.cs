using System.Text.Json.Nodes;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>
/// Results folders for the command-line tests, made in a temporary folder from the real BenchmarkDotNet 0.15.8
/// exports of tests/ExportFixtures (14 benchmarks; Throwing has a failed one; Hashing's runs without the memory
/// diagnoser, so no baseline is made from a run with it).
/// </summary>
internal static class Runs
{
    /// <summary>The benchmark the tests make allocate more: 152 B/op in the fixtures.</summary>
    public const string GrowingType = "StringJoining";
    public const string GrowingMethod = "Builder";
    public const string GrowingParameters = "Count=10";
    public const string GrowingName = "StringJoining.Builder(Count=10)";
    public const string GrowingId = $"{Exports.Namespace}.{GrowingName}";

    public const string FailedId = $"{Exports.Namespace}.Throwing.Throws";

    /// <summary>The benchmark whose class runs without the memory diagnoser.</summary>
    public const string UnmeasuredId = $"{Exports.Namespace}.Hashing.HashCode";

    public const int CleanRunBenchmarks = 13;

    private const string FullExportSuffix = "-report-full.json";

    /// <summary>Every export but Throwing's and Hashing's: a run without failures, all measured, which passes against itself.</summary>
    public static string Clean(TemporaryFolder folder, string name = "run") =>
        CopyExports(folder, name, type => type is not ("Throwing" or "Hashing"));

    /// <summary>The clean run plus Throwing, whose Throws benchmark failed.</summary>
    public static string WithFailure(TemporaryFolder folder, string name = "failing-run") =>
        CopyExports(folder, name, type => type != "Hashing");

    /// <summary>The clean run plus Hashing, whose benchmark has no memory figures.</summary>
    public static string WithUnmeasured(TemporaryFolder folder, string name = "unmeasured-run") =>
        CopyExports(folder, name, type => type != "Throwing");

    /// <summary>The exports of the given benchmark types only.</summary>
    public static string OnlyTypes(TemporaryFolder folder, string name, params string[] types) =>
        CopyExports(folder, name, types.Contains);

    /// <summary>The exports of one benchmark type only, as a filtered run would make.</summary>
    public static string OnlyType(TemporaryFolder folder, string type, string name = "filtered-run") =>
        CopyExports(folder, name, exported => exported == type);

    /// <summary>The clean run, but <see cref="GrowingName"/> allocates <paramref name="extraBytes"/> more per operation.</summary>
    public static string WithExtraAllocation(TemporaryFolder folder, long extraBytes, string name = "grown-run")
    {
        var run = Clean(folder, name);
        AddAllocation(ExportOf(run, GrowingType), extraBytes);
        return run;
    }

    /// <summary>The path of one type's export in a run folder.</summary>
    public static string ExportOf(string run, string type) =>
        Path.Combine(run, $"{Exports.Namespace}.{type}{FullExportSuffix}");

    /// <summary>Makes <see cref="GrowingName"/> in <paramref name="export"/> allocate <paramref name="extraBytes"/> more per operation.</summary>
    public static void AddAllocation(string export, long extraBytes)
    {
        var document = JsonNode.Parse(File.ReadAllText(export))!;
        var benchmark = document["Benchmarks"]!.AsArray().Single(benchmark =>
            (string?)benchmark!["Method"] == GrowingMethod && (string?)benchmark["Parameters"] == GrowingParameters)!;
        var memory = benchmark["Memory"]!;
        memory["BytesAllocatedPerOperation"] = (long)memory["BytesAllocatedPerOperation"]! + extraBytes;
        File.WriteAllText(export, document.ToJsonString());
    }

    private static string CopyExports(TemporaryFolder folder, string name, Func<string, bool> includeType)
    {
        var exports = Directory.GetFiles(Exports.Folder("0.15"), $"*{FullExportSuffix}")
            .Where(export => includeType(TypeOf(export)))
            .ToList();
        Assert.IsNotEmpty(exports, $"no fixture export for the run {name}");
        foreach (var export in exports)
        {
            folder.Copy(export, name);
        }

        return folder.File(name);
    }

    // "ExportFixtures.Benchmarks.StringJoining-report-full.json" is StringJoining's.
    private static string TypeOf(string export) =>
        Path.GetFileName(export)[(Exports.Namespace.Length + 1)..^FullExportSuffix.Length];
}
