using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>
/// A path through a symbolic link names the file the link leads to: an output through a link to an input's folder is
/// that input, and merges through a link and through the real path lock the same file.
/// </summary>
[TestClass]
public sealed class LinkedPathTests
{
    private static readonly string[] Types = ["ArrayRenting", "Caching", "Formatting", "ListFilling_Int32_", "ListFilling_String_", "StringJoining", "Throwing"];

    private static string Baseline(TemporaryFolder folder)
    {
        var file = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "for-baseline"), "--out", file).ExitCode);
        return file;
    }

    [TestMethod]
    [DataRow("--markdown")]
    [DataRow("--json")]
    public void A_report_through_a_link_to_the_baselines_folder_is_refused_and_the_baseline_kept(string option)
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var before = File.ReadAllText(baseline);
        Directory.CreateSymbolicLink(folder.File("reports"), folder.Path);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", Runs.Clean(folder), option, folder.File("reports/baseline.json"));

        outcome.AssertBadInput("is an input of this command");
        Assert.AreEqual(before, File.ReadAllText(baseline));
    }

    [TestMethod]
    public void A_baseline_through_a_link_to_the_runs_folder_is_refused_and_the_export_kept()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var export = Runs.ExportOf(run, "Caching");
        var before = File.ReadAllText(export);
        Directory.CreateSymbolicLink(folder.File("out"), run);

        var outcome = CommandOutcome.Run("baseline", "--from", run, "--out", Path.Combine(folder.File("out"), Path.GetFileName(export)));

        outcome.AssertBadInput("is an input of this command; --out needs another file");
        Assert.AreEqual(before, File.ReadAllText(export));
    }

    [TestMethod]
    public void Concurrent_merges_half_through_a_link_lose_no_update()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("results"));
        Directory.CreateSymbolicLink(folder.File("linked"), folder.File("results"));
        var runs = Types.Select(type => Runs.OnlyType(folder, type, $"run-{type}")).ToList();

        var outcomes = runs.Select((run, i) => (run, baseline: folder.File(i % 2 == 0 ? "results/baseline.json" : "linked/baseline.json")))
            .AsParallel().WithDegreeOfParallelism(runs.Count)
            .Select(pair => CommandOutcome.Run("baseline", "--from", pair.run, "--out", pair.baseline, "--merge", "--allow-failed"))
            .ToList();

        Assert.IsTrue(outcomes.All(outcome => outcome.ExitCode == 0), string.Join("\n", outcomes.Select(o => o.Error)));
        var expected = BenchmarkDotNetReader.Read(runs).Benchmarks.Select(b => b.Id.Value);
        CollectionAssert.AreEqual(expected.ToArray(), BaselineStore.Read(folder.File("results/baseline.json")).Benchmarks.Select(b => b.Id.Value).ToArray());
    }
}
