using System.Text.Json.Nodes;
using MemoryBench.Attribution;
using MemoryBench.Tests.Attribution;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Fuzzing;

/// <summary>
/// The real files the readers take, to mutate: BenchmarkDotNet 0.14 and 0.15 exports, one with the "MemoryBench" objects
/// MemoryBench.BenchmarkDotNet's exporter adds, and a baseline.
/// </summary>
internal static class SeedInputs
{
    public static IReadOnlyList<SeedInput> All { get; } = Load();

    /// <summary>A clean export to compare a mutated baseline with, and a clean baseline for mutated exports.</summary>
    public static string CleanExport => Exports.Full("0.15", "StringJoining");

    /// <summary>
    /// A baseline with every member the schema has: a pinned gen0 budget, a failed benchmark, Retained/op, and a compact
    /// allocation profile with its counted figure and sampling event.
    /// </summary>
    public static RunResults ProfiledBaseline()
    {
        var measured = SampleResults.Measured("Total", 880, "Count=1000") with { Retained = new RetainedMemory(24.5, 1.25) };
        var run = SampleResults.Run(measured, SampleResults.Measured("Tax", 8), SampleResults.Failed("Round"));
        var samples = Enumerable.Range(0, 6).SelectMany(i => Enumerable.Repeat(Profiles.Sample($"T{i}", 24, "F"), 8 - i)).ToList();
        var profile = AllocationProfiler.Build(ProfiledRun.KeyOf(measured.Name), samples, operations: 1_000, SamplingEvent.GCAllocationTick)
            with { CountedBytesPerOperation = 880.25 };
        return ProfiledRun.Attach(run, new Dictionary<string, AllocationProfile> { [profile.Benchmark] = profile });
    }

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

            var profiled = Path.Combine(folder, "profiled-baseline.json");
            BaselineStore.Write(profiled, ProfiledBaseline());
            seeds.Add(new SeedInput("profiled-baseline.json", SeedKind.Baseline, File.ReadAllBytes(profiled)));

            var annotated = Path.Combine(folder, "Annotated.StringJoining-report-full.json");
            File.Copy(CleanExport, annotated);
            ExportAnnotations.Annotate(
                annotated,
                new RunSelection(["--filter", "*Joining*"], 1, 2),
                benchmark => ExportAnnotations.Facts(
                    ["Joining"],
                    baseline: benchmark["Method"]!.GetValue<string>() == "Concatenation",
                    budget: new JsonObject { ["MaxBytesPerOperation"] = 4096, ["NoGen2"] = true, ["RetainsNothing"] = false }));
            seeds.Add(new SeedInput(Path.GetFileName(annotated), SeedKind.Export, File.ReadAllBytes(annotated)));
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
}
