using MemoryBench.Comparison;
using MemoryBench.Gate;
using MemoryBench.Pipeline;
using MemoryBench.Reading;
using MemoryBench.Tests.Cli;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Pipeline;

/// <summary>One run is judged once and each of its outputs is written once, whichever command asked.</summary>
[TestClass]
public sealed class GatePipelineTests
{
    [TestMethod]
    public void Report_verdicts_and_job_summary_are_each_written_once_per_run()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithExtraAllocation(folder, 24);
        var summaryPath = folder.File("step-summary.md");
        var writes = new List<string>();
        using var console = new StringWriter();
        using var warnings = new StringWriter();
        var outputs = new PipelineOutputs(console, warnings, new JobSummary(summaryPath, warnings))
        {
            WriteFile = (path, _) => writes.Add(Path.GetFileName(path)),
        };
        var request = new GateRequest(
            baseline, [current], null, folder.File("report.md"), folder.File("verdicts.json"), Thresholds.Default);

        var outcome = GatePipeline.Run(request, outputs);

        Assert.IsFalse(outcome.Result.Passed);
        CollectionAssert.AreEquivalent(new[] { "report.md", "verdicts.json" }, writes);
        var summary = File.ReadAllText(summaryPath);
        Assert.AreEqual(summary.IndexOf(outcome.Markdown, StringComparison.Ordinal), summary.LastIndexOf(outcome.Markdown, StringComparison.Ordinal));
        Assert.AreEqual(outcome.Markdown.TrimEnd(), summary.TrimEnd());
        Assert.AreEqual("", warnings.ToString());
        StringAssert.Contains(console.ToString(), "Wrote " + folder.File("report.md"));
    }

    [TestMethod]
    public void A_run_folders_report_that_cannot_be_written_is_a_warning_and_the_verdict_stands()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.Clean(folder);
        using var console = new StringWriter();
        using var warnings = new StringWriter();
        var outputs = new PipelineOutputs(console, warnings, new JobSummary(null, warnings))
        {
            WriteFile = (path, _) => throw new InputException(path, null, "the disk is full"),
        };
        var request = new GateRequest(
            baseline, [current], null, folder.File("report.md"), null, Thresholds.Default) { ReportsOptional = true };

        var outcome = GatePipeline.Run(request, outputs);

        Assert.IsTrue(outcome.Result.Passed);
        StringAssert.Contains(warnings.ToString(), "the disk is full");
        Assert.IsFalse(console.ToString().Contains("Wrote ", StringComparison.Ordinal));
    }

    [TestMethod]
    public void When_the_baseline_and_the_run_are_both_unreadable_the_baselines_error_is_told()
    {
        // The run's exports are read on a second core beside the baseline: the error told stays the one read first.
        using var folder = new TemporaryFolder();
        var baseline = folder.Write("baseline.json", "{ \"schemaVersion\": 2, \"benchmarks\": [ }");
        var current = folder.Write("broken-report-full.json", "{ \"Benchmarks\": [ }");
        var request = new GateRequest(baseline, [current], null, null, null, Thresholds.Default);

        var error = Assert.ThrowsExactly<InputException>(() => ReadStage.Read(request));

        Assert.AreEqual(baseline, error.FilePath);
    }

    [TestMethod]
    public void An_unreadable_run_beside_a_good_baseline_is_told_as_the_runs_error()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = folder.Write("broken-report-full.json", "{ \"Benchmarks\": [ }");
        var request = new GateRequest(baseline, [current], null, null, null, Thresholds.Default);

        var error = Assert.ThrowsExactly<InputException>(() => ReadStage.Read(request));

        Assert.AreEqual(current, error.FilePath);
    }
}
