using MemoryBench.Comparison;
using MemoryBench.Pipeline;
using MemoryBench.Model;
using MemoryBench.Tests.Cli;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Pipeline;

/// <summary>The selection the gate made decides whether benchmarks the run lacks are "not run" or "removed".</summary>
[TestClass]
public sealed class GateSelectionTests
{
    private static ComparisonResult Judge(TemporaryFolder folder, RunSelection? selection)
    {
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.OnlyType(folder, Runs.GrowingType);
        return JudgeStage.Judge(ReadStage.Read(new GateRequest(baseline, [current], null, null, null, Thresholds.Default) { Selection = selection }), Thresholds.Default);
    }

    [TestMethod]
    public void Benchmarks_outside_the_gates_filter_are_not_run_and_pass()
    {
        using var folder = new TemporaryFolder();

        var result = Judge(folder, new RunSelection(["--filter", $"*{Runs.GrowingType}*"], 1, 1));

        Assert.IsTrue(result.Passed);
        Assert.IsTrue(result.Coverage.IsPartial);
    }

    [TestMethod]
    public void Benchmarks_missing_from_an_unfiltered_gate_run_are_removed_and_fail()
    {
        using var folder = new TemporaryFolder();

        var result = Judge(folder, new RunSelection(["--filter", "*"], 1, 1));

        Assert.IsFalse(result.Passed);
        Assert.IsFalse(result.Coverage.IsPartial);
    }

    [TestMethod]
    public void One_shard_of_the_gate_reports_the_other_shards_benchmarks_as_not_run()
    {
        using var folder = new TemporaryFolder();

        var result = Judge(folder, new RunSelection(["--filter", "*"], 1, 2));

        Assert.IsTrue(result.Passed);
        Assert.AreEqual("shard 1/2", result.Coverage.Description);
    }
}
