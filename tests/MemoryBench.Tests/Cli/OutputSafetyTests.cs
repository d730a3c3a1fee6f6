using System.Diagnostics;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>Writes never destroy an input, a link or a special file, never leave a temporary file, never lose a concurrent update (issue 9).</summary>
[TestClass]
public sealed class OutputSafetyTests
{
    private static readonly string[] Types =
        ["ArrayRenting", "Caching", "Formatting", "ListFilling_Int32_", "ListFilling_String_", "StringJoining", "Throwing"];

    private static string Baseline(TemporaryFolder folder)
    {
        var file = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "for-baseline"), "--out", file).ExitCode);
        return file;
    }

    [TestMethod]
    public void A_report_naming_the_baseline_is_refused_and_the_baseline_kept()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var before = File.ReadAllText(baseline);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", Runs.Clean(folder), "--json", baseline);

        outcome.AssertBadInput(baseline, "is an input of this command; --json needs another file");
        Assert.AreEqual(before, File.ReadAllText(baseline));
    }

    [TestMethod]
    public void A_report_naming_an_export_read_from_a_folder_is_refused()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var current = Runs.Clean(folder);
        var export = Runs.ExportOf(current, "Caching");

        CommandOutcome.Run("compare", "--baseline", baseline, "--current", current, "--markdown", export)
            .AssertBadInput(export, "is an input of this command; --markdown needs another file");
    }

    [TestMethod]
    public void One_file_for_both_reports_is_refused()
    {
        using var folder = new TemporaryFolder();
        var report = folder.File("report");

        CommandOutcome.Run("compare", "--baseline", Baseline(folder), "--current", Runs.Clean(folder), "--markdown", report, "--json", report)
            .AssertBadInput(report, "is named by both --markdown and --json");
        Assert.IsFalse(File.Exists(report));
    }

    [TestMethod]
    public void A_baseline_written_over_one_of_its_own_exports_is_refused()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var export = Runs.ExportOf(run, "Caching");

        CommandOutcome.Run("baseline", "--from", run, "--out", export).AssertBadInput(export, "is an input of this command; --out needs another file");
    }

    [TestMethod]
    public void A_report_through_a_symbolic_link_lands_in_its_target_and_the_link_stays()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("reports/report.md", "old");
        var link = folder.File("report-link.md");
        File.CreateSymbolicLink(link, target);

        var outcome = CommandOutcome.Run("compare", "--baseline", Baseline(folder), "--current", Runs.Clean(folder), "--markdown", link);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.AreEqual(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("## ✅ MemoryBench", File.ReadAllText(target));
    }

    [TestMethod]
    public void A_named_pipe_as_output_is_refused_and_stays_a_pipe()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Named pipes are not files on Windows.");
            return;
        }

        using var folder = new TemporaryFolder();
        var pipe = folder.File("report.md");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        Assert.IsTrue(FileKind.IsSpecial(pipe));

        CommandOutcome.Run("compare", "--baseline", Baseline(folder), "--current", Runs.Clean(folder), "--markdown", pipe)
            .AssertBadInput(pipe, "it is not a regular file (a device, a pipe or a socket), and is never replaced");
        Assert.IsTrue(FileKind.IsSpecial(pipe));
    }

    [TestMethod]
    public void A_failed_write_leaves_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var output = folder.File("out/verdicts.json");

        Assert.ThrowsExactly<InvalidOperationException>(() => AtomicFile.Write(output, _ => throw new InvalidOperationException("serializer failed")));

        Assert.IsEmpty(Directory.GetFiles(folder.File("out")));
    }

    [TestMethod]
    public void A_folder_as_output_is_refused_and_nothing_is_left_in_it()
    {
        using var folder = new TemporaryFolder();
        var reports = Directory.CreateDirectory(folder.File("reports")).FullName;

        CommandOutcome.Run("compare", "--baseline", Baseline(folder), "--current", Runs.Clean(folder), "--json", reports)
            .AssertBadInput(reports, "cannot be written: it is a folder");
        Assert.IsEmpty(Directory.GetFileSystemEntries(reports));
        Assert.IsEmpty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [TestMethod]
    public void A_partial_run_does_not_replace_the_whole_baseline_without_merge()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var before = File.ReadAllText(baseline);
        var run = Runs.OnlyType(folder, "Caching");
        foreach (var export in Directory.GetFiles(run, "*-report-full.json", SearchOption.AllDirectories))
        {
            ExportAnnotations.Annotate(export, new MemoryBench.Model.RunSelection(["--filter", "*Caching*"], 1, 1));
        }

        CommandOutcome.Run("baseline", "--from", run, "--out", baseline).AssertBadInput(baseline, "the run is partial", "add --merge");
        Assert.AreEqual(before, File.ReadAllText(baseline));
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", run, "--out", baseline, "--merge").ExitCode);
    }

    [TestMethod]
    public void Concurrent_merges_into_one_baseline_lose_no_update()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("baseline.json");
        var runs = Types.Select(type => Runs.OnlyType(folder, type, $"run-{type}")).ToList();

        var outcomes = runs.AsParallel().WithDegreeOfParallelism(runs.Count)
            .Select(run => CommandOutcome.Run("baseline", "--from", run, "--out", baseline, "--merge", "--allow-failed"))
            .ToList();

        Assert.IsTrue(outcomes.All(outcome => outcome.ExitCode == 0), string.Join("\n", outcomes.Select(o => o.Error)));
        var expected = BenchmarkDotNetReader.Read(Exports.Folder("0.15")).Benchmarks.Select(b => b.Id.Value).Where(id => id != Runs.UnmeasuredId).Order(StringComparer.Ordinal);
        CollectionAssert.AreEqual(expected.ToArray(), BaselineStore.Read(baseline).Benchmarks.Select(b => b.Id.Value).ToArray());
    }
}
