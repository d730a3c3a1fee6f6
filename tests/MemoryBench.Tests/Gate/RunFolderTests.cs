using MemoryBench.Gate;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Gate;

[TestClass]
public sealed class RunFolderTests
{
    [TestMethod]
    public void An_earlier_runs_exports_logs_reports_and_profiles_are_removed_and_nothing_else()
    {
        using var folder = new TemporaryFolder();
        var removed = new[]
        {
            folder.Write("results/App.Old-report-full.json", "{}"),
            folder.Write("results/App.Old-report-full-compressed.json", "{}"),
            folder.Write("results/App.Old-report-github.md", ""),
            folder.Write("App.Old-20261130-101010.log", ""),
            folder.Write("report.md", ""),
            folder.Write("verdicts.json", "{}"),
            folder.Write("allocations/App.Old-1a2b3c4d.allocations.json", "{}"),
            folder.Write("allocations/App.Old-1a2b3c4d.speedscope.json", "{}"),
        };
        var kept = new[] { folder.Write("notes.txt", ""), folder.Write("results/readme.txt", ""), folder.Write("keep/data.json", "{}") };

        new RunFolder(folder.Path).RemoveEarlierRun();

        Assert.IsFalse(removed.Any(File.Exists), string.Join(", ", removed.Where(File.Exists)));
        Assert.IsTrue(kept.All(File.Exists));
    }

    [TestMethod]
    public void A_run_folder_that_does_not_exist_yet_is_clean_and_left_to_BenchmarkDotNet()
    {
        using var folder = new TemporaryFolder();
        var run = new RunFolder(folder.File("new"));

        run.RemoveEarlierRun();

        Assert.IsFalse(run.HasExports);
        Assert.IsFalse(Directory.Exists(run.Path));
    }
}
