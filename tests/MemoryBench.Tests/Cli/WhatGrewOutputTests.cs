using MemoryBench.Attribution;
using MemoryBench.Tests.Attribution;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>A profiled run's "What grew" reaches every place the verdicts do: the console, the report and the job summary.</summary>
// Sets the process's GITHUB_STEP_SUMMARY, which every command run meanwhile would write to: alone, after the parallel tests.
[TestClass]
[DoNotParallelize]
public sealed class WhatGrewOutputTests
{
    [TestMethod]
    public void A_profiled_regression_says_what_grew_on_the_console_and_in_the_job_summary()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.WithExtraAllocation(folder, 24);
        var baseline = Runs.Clean(folder, "baseline-run");
        AllocationProfileStore.Write(
            AllocationProfileStore.FolderOf(run), Profiles.Profile(Runs.GrowingId, ("InjectedObject", 24, 3), ("System.String", 152, 8)), "{}");
        var summary = folder.Write("step-summary.md", "");

        var (outcome, jobSummary) = CommandOutcome.RunWithJobSummary(summary, "compare", "--baseline", baseline, "--current", run);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.Contains($"\nWhat grew in {Runs.GrowingId} (no baseline profile: current allocations, largest first):\n  System.String", outcome.Output);
        Assert.Contains("InjectedObject", outcome.Output);
        Assert.Contains("## What grew", jobSummary);
    }
}
