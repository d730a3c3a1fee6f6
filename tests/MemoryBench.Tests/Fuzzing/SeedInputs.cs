using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Fuzzing;

/// <summary>The real files the readers take, to mutate: BenchmarkDotNet 0.14 and 0.15 exports, a baseline, a run manifest.</summary>
internal static class SeedInputs
{
    public static IReadOnlyList<SeedInput> All { get; } = Load();

    /// <summary>A clean export to compare a mutated baseline or manifest with, and a clean baseline for mutated exports.</summary>
    public static string CleanExport => Exports.Full("0.15", "StringJoining");

    private static List<SeedInput> Load()
    {
        var seeds = new[] { "0.14", "0.15" }
            .SelectMany(version => Directory.GetFiles(Exports.Folder(version), "*.json"))
            .Order(StringComparer.Ordinal)
            .Select(file => new SeedInput(Path.GetFileName(file), SeedKind.Export, File.ReadAllBytes(file)))
            .ToList();

        var folder = Path.Combine(Path.GetTempPath(), $"memorybench-fuzz-seeds-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var baseline = Path.Combine(folder, "baseline.json");
            BaselineStore.Write(baseline, BenchmarkDotNetReader.Read(Exports.Folder("0.15")));
            seeds.Add(new SeedInput("baseline.json", SeedKind.Baseline, File.ReadAllBytes(baseline)));

            var manifest = Path.Combine(folder, RunManifestStore.FileName);
            var run = BenchmarkDotNetReader.Read(CleanExport);
            RunManifestStore.Write(manifest, new RunManifest(
                "Workstation, Concurrent",
                [.. run.Benchmarks.Select(b => new RunManifestEntry($"{b.Name.Namespace}.{b.Name.Type}.{b.Name.Method}", b.Name.Job, ["Joining"], b.IsBaseline, new RunManifestBudget(4096, NoGen2: true, RetainsNothing: false)))])
            {
                Selection = new MemoryBench.Model.RunSelection(["--filter", "*Joining*"], 1, 2),
            });
            seeds.Add(new SeedInput(RunManifestStore.FileName, SeedKind.Manifest, File.ReadAllBytes(manifest)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return seeds;
    }
}

internal sealed record SeedInput(string Name, SeedKind Kind, byte[] Bytes);

internal enum SeedKind
{
    Export,
    Baseline,
    Manifest,
}
