using System.Text.Json;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

[TestClass]
public sealed class CompareCommandTests
{
    [TestMethod]
    public void A_run_compared_with_a_baseline_made_from_it_passes()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var baseline = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", run, "--out", baseline).ExitCode);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", run);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.AreEqual("", outcome.Error);
        Assert.Contains($"MemoryBench PASS: No memory regression in {Runs.CleanRunBenchmarks} benchmarks", outcome.Output);
    }

    [TestMethod]
    public void A_run_compared_with_itself_as_benchmarkdotnet_results_passes()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
    }

    [TestMethod]
    public void One_extra_24_byte_object_per_operation_fails_and_the_console_names_the_benchmark_with_the_delta()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithExtraAllocation(folder, 24);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.AreEqual("", outcome.Error);
        Assert.Contains($"MemoryBench FAIL: 1 regression in {Runs.CleanRunBenchmarks} benchmarks", outcome.Output);
        var line = outcome.OutputLineWith(Runs.GrowingName);
        Assert.Contains("regressed", line);
        Assert.Contains("+24 B", line);
    }

    [TestMethod]
    public void The_markdown_report_names_the_regressed_benchmark_with_the_delta()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithExtraAllocation(folder, 24);
        var markdown = folder.File("report/report.md");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current, "--markdown", markdown);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.Contains($"Wrote {markdown}", outcome.Output);
        // The report keeps each figure with its unit (and each verdict with its icon) by no-break spaces; a reader sees spaces.
        var report = File.ReadAllText(markdown).Replace('\u00a0', ' ');
        Assert.StartsWith("## ❌ MemoryBench: 1 regression", report);
        var row = report.Split('\n').Single(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Contains(Runs.GrowingName, StringComparison.Ordinal));
        Assert.Contains("### 🔺 Regressions (1)", report);
        Assert.Contains("152 B → 176 B", row);
        Assert.Contains("+24 B", row);
    }

    [TestMethod]
    public void The_json_verdicts_give_every_benchmark_its_verdict_by_name()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithExtraAllocation(folder, 24);
        var json = folder.File("verdicts.json");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current, "--json", json);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        using var verdicts = JsonDocument.Parse(File.ReadAllText(json));
        var root = verdicts.RootElement;
        Assert.IsFalse(root.GetProperty("passed").GetBoolean());
        Assert.AreEqual(1, root.GetProperty("exitCode").GetInt32());
        Assert.AreEqual(1, root.GetProperty("totals").GetProperty("regressed").GetInt32());
        var byId = root.GetProperty("benchmarks").EnumerateArray()
            .ToDictionary(benchmark => benchmark.GetProperty("id").GetString()!, benchmark => benchmark.GetProperty("verdict"));
        Assert.HasCount(Runs.CleanRunBenchmarks, byId);
        Assert.AreEqual(JsonValueKind.String, byId[Runs.GrowingId].ValueKind);
        Assert.AreEqual("regressed", byId[Runs.GrowingId].GetString());
        CollectionAssert.AreEquivalent(
            new[] { "unchanged" },
            byId.Where(entry => entry.Key != Runs.GrowingId).Select(entry => entry.Value.GetString()).Distinct().ToArray());
    }

    [TestMethod]
    public void A_run_with_a_failed_benchmark_fails_and_names_it()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithFailure(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.Contains("failed", outcome.OutputLineWith("Throwing.Throws"));
    }

    [TestMethod]
    public void A_budget_breach_fails_even_when_the_baseline_has_the_same_figure()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var budgets = folder.Write(
            "budgets.json",
            """{ "budgets": [ { "benchmark": "*.StringJoining.Builder", "maxBytesPerOperation": 200 } ] }""");

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--budgets", budgets);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Error);
        Assert.Contains("over budget", outcome.OutputLineWith("StringJoining.Builder(Count=100)"));
        Assert.DoesNotContain("Builder(Count=10)", outcome.Output);
    }

    [TestMethod]
    public void An_allocation_growth_within_a_given_tolerance_passes()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.WithExtraAllocation(folder, 24);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current, "--allocated-tolerance", "24");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
    }

    [TestMethod]
    public void A_run_that_measured_no_memory_fails_and_says_how_to_turn_it_on()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.OnlyType(folder, "Hashing");

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run);

        Assert.AreEqual(1, outcome.ExitCode, outcome.Output);
        Assert.StartsWith("MemoryBench FAIL:", outcome.Output);
        Assert.Contains("Memory was not measured in this run (no benchmark of this run has memory figures)", outcome.Output);
        Assert.Contains("[MemoryDiagnoser]", outcome.Output);
    }

    [TestMethod]
    public void Several_runs_after_one_option_are_all_read()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.OnlyTypes(folder, "baseline-run", "StringJoining", "Hashing");
        var stringJoining = Runs.OnlyType(folder, "StringJoining", "shard-1");
        var hashing = Runs.OnlyType(folder, "Hashing", "shard-2");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", stringJoining, hashing);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains("5 unchanged", outcome.Output);
    }
}
