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
}
