using MemoryBench.Tests.Cli;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.History;

[TestClass]
public sealed class HistoryCommandTests
{
    [TestMethod]
    public void A_run_added_twice_under_one_commit_is_kept_once()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var history = folder.File("history");

        var first = CommandOutcome.Run("history", "add", "--history", history, "--from", run, "--commit", "ABCDEF12", "--time", "2025-03-01T10:00:00Z");
        var second = CommandOutcome.Run("history", "add", "--history", history, "--from", run, "--commit", "abcdef12", "--time", "2025-03-02T10:00:00Z");

        Assert.AreEqual(0, first.ExitCode, first.Error);
        Assert.Contains($"Added run abcdef12 (2025-03-01T10:00:00Z): {Runs.CleanRunBenchmarks} benchmark(s)", first.Output);
        Assert.AreEqual(0, second.ExitCode, second.Error);
        Assert.Contains("Replaced run abcdef12 (2025-03-02T10:00:00Z)", second.Output);
        Assert.Contains("holds 1 run(s)", second.Output);
        CollectionAssert.AreEqual(new[] { "20250302T100000Z-abcdef12.json" }, Directory.GetFiles(Path.Combine(history, "runs")).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void A_step_in_the_runs_is_reported_with_its_benchmark_figure_levels_and_commit()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 5, after: 5, extraBytes: 24);
        var markdown = folder.File("history.md");
        var html = folder.File("index.html");

        var outcome = CommandOutcome.Run("history", "report", "--history", history, "--markdown", markdown, "--html", html);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains("1 change(s)", outcome.Output);
        var row = File.ReadAllLines(markdown).Single(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Contains("Builder", StringComparison.Ordinal));
        Assert.Contains("Allocated/op", row);
        Assert.Contains("152\u00a0B\u00a0→ 176\u00a0B", row);
        Assert.Contains("+24\u00a0B\u00a0(+15.8%)", row);
        Assert.Contains("<code>c0de0005</code>", row);
        Assert.Contains("<svg class=\"chart\"", File.ReadAllText(html));
    }

    [TestMethod]
    public void Fail_on_change_exits_1_only_when_a_change_starts_in_the_last_runs()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 5, after: 5, extraBytes: 24);

        var recent = CommandOutcome.Run("history", "report", "--history", history, "--last", "5", "--fail-on-change");
        var older = CommandOutcome.Run("history", "report", "--history", history, "--last", "4", "--fail-on-change");
        var notAsked = CommandOutcome.Run("history", "report", "--history", history, "--last", "5");

        Assert.AreEqual(1, recent.ExitCode, recent.Output + recent.Error);
        Assert.AreEqual(0, older.ExitCode, older.Output + older.Error);
        Assert.AreEqual(0, notAsked.ExitCode, notAsked.Output + notAsked.Error);
    }

    [TestMethod]
    public void A_folder_that_is_not_a_history_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var other = folder.File("other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "notes.txt"), "mine");

        var report = CommandOutcome.Run("history", "report", "--history", other, "--fail-on-change");
        var add = CommandOutcome.Run("history", "add", "--history", other, "--from", Runs.Clean(folder));

        report.AssertBadInput(other, "not a MemoryBench history");
        add.AssertBadInput(other, "not a MemoryBench history");
        CollectionAssert.AreEqual(new[] { "notes.txt" }, Directory.GetFileSystemEntries(other).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void A_broken_run_file_is_bad_input_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 1, after: 0, extraBytes: 0);
        var broken = Path.Combine(history, "runs", "20250101T000000Z-0badc0de.json");
        File.WriteAllText(broken, "{\"schemaVersion\": 1, \"commit\": \"0badc0de\", \"time\": \"2025-01-01T00:00:00Z\", \"environment\": null, \"benchmarks\": {\"A.B.C\": {\"allocated\": -1}}}");

        var outcome = CommandOutcome.Run("history", "report", "--history", history, "--fail-on-change");

        outcome.AssertBadInput(broken, "allocated");
    }

    [TestMethod]
    public void A_commit_that_is_not_hexadecimal_or_a_time_that_is_not_one_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var history = folder.File("history");

        CommandOutcome.Run("history", "add", "--history", history, "--from", run, "--commit", "../../etc").AssertBadInput("--commit", "hexadecimal");
        CommandOutcome.Run("history", "add", "--history", history, "--from", run, "--time", "yesterday").AssertBadInput("--time", "ISO 8601");
        CommandOutcome.Run("history", "report", "--history", history, "--last", "0").AssertBadInput("--last");
        Assert.IsFalse(Directory.Exists(history));
    }

    [TestMethod]
    public void The_report_never_writes_over_a_run_of_the_history()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 1, after: 0, extraBytes: 0);
        var run = Directory.GetFiles(Path.Combine(history, "runs")).Single();
        var before = File.ReadAllText(run);

        CommandOutcome.Run("history", "report", "--history", history, "--html", run).AssertBadInput(run, "input");

        Assert.AreEqual(before, File.ReadAllText(run));
    }

    [TestMethod]
    public void The_openmetrics_export_of_the_latest_run_has_typed_families_escaped_labels_and_ends_with_eof()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 1, after: 1, extraBytes: 24);

        var outcome = CommandOutcome.Run("history", "export", "--openmetrics", "--history", history, "--label", "repository=a\"b\\c\nd");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        var lines = outcome.Output.Split('\n');
        Assert.AreEqual("# EOF", lines[^2]);
        Assert.AreEqual("", lines[^1]);
        CollectionAssert.Contains(lines, "# TYPE memorybench_allocated_per_operation_bytes gauge");
        CollectionAssert.Contains(lines, "# UNIT memorybench_allocated_per_operation_bytes bytes");
        var sample = lines.Single(line => line.StartsWith("memorybench_allocated_per_operation_bytes{", StringComparison.Ordinal) && line.Contains(Runs.GrowingName, StringComparison.Ordinal));
        Assert.AreEqual(
            $"memorybench_allocated_per_operation_bytes{{benchmark=\"{Runs.GrowingId}\",repository=\"a\\\"b\\\\c\\nd\"}} 176 1735693200",
            sample);
        Assert.Contains("memorybench_run_info{commit=\"c0de0001\"", outcome.Output);
    }

    [TestMethod]
    public void The_openmetrics_export_needs_the_format_and_one_source()
    {
        using var folder = new TemporaryFolder();
        var history = AddRuns(folder, before: 1, after: 0, extraBytes: 0);

        CommandOutcome.Run("history", "export", "--history", history).AssertBadInput("--openmetrics");
        CommandOutcome.Run("history", "export", "--openmetrics").AssertBadInput("--history", "--from");
        CommandOutcome.Run("history", "export", "--openmetrics", "--history", history, "--label", "benchmark=x").AssertBadInput("--label");
    }

    /// <summary>A history of the real exports: <paramref name="before"/> runs, then <paramref name="after"/> where Builder(Count=10) allocates more.</summary>
    private static string AddRuns(TemporaryFolder folder, int before, int after, long extraBytes)
    {
        var history = folder.File("history");
        var clean = Runs.Clean(folder);
        var grown = Runs.WithExtraAllocation(folder, extraBytes);
        for (var i = 0; i < before + after; i++)
        {
            var outcome = CommandOutcome.Run(
                "history", "add", "--history", history, "--from", i < before ? clean : grown,
                "--commit", SyntheticHistory.Commit(i), "--time", SyntheticHistory.Start.AddHours(i).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        }

        return history;
    }
}
