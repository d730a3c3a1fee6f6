using System.Text.Json.Nodes;
using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>The gen0 budget of a run read from a real export: pinned by its job, or inferred from its figures.</summary>
[TestClass]
public sealed class Gen0BudgetReadingTests
{
    private const long Mebibyte = 1024 * 1024;

    // The StringJoining fixture, with each benchmark's job and gen0 collections set so it allocated
    // mebibytesPerCollection between collections.
    private static string Export(TemporaryFolder folder, string jobCharacteristics, double mebibytesPerCollection)
    {
        var export = JsonNode.Parse(File.ReadAllText(Exports.Full("0.15", "StringJoining")))!;
        foreach (var benchmark in export["Benchmarks"]!.AsArray())
        {
            var displayInfo = (string)benchmark!["DisplayInfo"]!;
            benchmark["DisplayInfo"] = displayInfo.Replace("Short(", $"Short({jobCharacteristics}", StringComparison.Ordinal);
            var memory = benchmark["Memory"]!;
            var allocated = (double)(long)memory["BytesAllocatedPerOperation"]! * (long)memory["TotalOperations"]!;
            memory["Gen0Collections"] = Math.Max(0, (long)Math.Round(allocated / (mebibytesPerCollection * Mebibyte)));
            memory["Gen1Collections"] = 0;
            memory["Gen2Collections"] = 0;
        }

        return folder.Write("Fixture-report-full.json", export.ToJsonString());
    }

    [TestMethod]
    public void A_job_that_sets_DOTNET_GCgen0size_runs_under_that_pinned_budget()
    {
        using var folder = new TemporaryFolder();
        var file = Export(folder, "EnvironmentVariables=DOTNET_GCgen0size=0x800000, ", mebibytesPerCollection: 8);

        var budget = BenchmarkDotNetReader.Read(file).Environment!.Gen0Budget;

        Assert.AreEqual(new Gen0Budget(8 * Mebibyte, Gen0BudgetSource.Pinned), budget);
    }

    [TestMethod]
    public void Without_a_pinned_budget_it_is_inferred_from_bytes_per_gen0_collection()
    {
        using var folder = new TemporaryFolder();
        var file = Export(folder, "", mebibytesPerCollection: 0.25);

        var budget = BenchmarkDotNetReader.Read(file).Environment!.Gen0Budget;

        Assert.AreEqual(Gen0BudgetSource.Inferred, budget!.Source);
        Assert.AreEqual(0.25 * Mebibyte, budget.Bytes, 0.03 * Mebibyte);
    }

    [TestMethod]
    public void A_pinned_budget_the_figures_contradict_gives_way_to_the_inferred_one()
    {
        using var folder = new TemporaryFolder();
        var file = Export(folder, "EnvironmentVariables=DOTNET_GCgen0size=0x800000, ", mebibytesPerCollection: 0.25);

        var budget = BenchmarkDotNetReader.Read(file).Environment!.Gen0Budget;

        Assert.AreEqual(Gen0BudgetSource.Inferred, budget!.Source);
    }
}
