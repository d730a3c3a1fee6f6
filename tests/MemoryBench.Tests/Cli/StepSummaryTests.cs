using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>Under GitHub Actions the comparison's report goes into the job summary.</summary>
// Sets the process's GITHUB_STEP_SUMMARY, which every command run meanwhile would write to: alone, after the parallel tests.
[TestClass]
[DoNotParallelize]
public sealed class StepSummaryTests
{
    [TestMethod]
    public void The_report_is_appended_to_the_job_summary_when_GitHub_names_one()
    {
        using var folder = new TemporaryFolder();
        var summary = folder.Write("step-summary.md", "earlier step\n");
        var run = Runs.WithExtraAllocation(folder, 24);
        var baseline = Runs.Clean(folder, "baseline-run");

        var (outcome, text) = CommandOutcome.RunWithJobSummary(summary, "compare", "--baseline", baseline, "--current", run);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.StartsWith("earlier step\n", text);
        Assert.Contains(Runs.GrowingName, text);
        Assert.Contains("regress", text, StringComparison.OrdinalIgnoreCase);
    }

    [TestMethod]
    public void A_summary_that_cannot_be_written_is_a_warning_and_the_verdict_stands()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.WithExtraAllocation(folder, 24);
        var baseline = Runs.Clean(folder, "baseline-run");

        var outcome = CommandOutcome.RunIn(CommandOutcome.JobSummaryAt(folder.Path), "compare", "--baseline", baseline, "--current", run);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.AreEqual($"warning: the job summary (GITHUB_STEP_SUMMARY={folder.Path}) is not written: it is a folder", outcome.ErrorLines.Single());
    }

    [TestMethod]
    public void A_summary_naming_an_export_of_the_run_leaves_the_export_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var export = Runs.ExportOf(run, "Caching");
        var before = File.ReadAllText(export);

        var outcome = CommandOutcome.RunIn(CommandOutcome.JobSummaryAt(export), "compare", "--baseline", Runs.Clean(folder, "baseline-run"), "--current", run);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains("it is an input of this command", outcome.Error);
        Assert.AreEqual(before, File.ReadAllText(export));
    }
}
