using System.Text.Json.Nodes;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>Bad input ends with exit code 2 and one line on standard error naming what was wrong, never a stack trace.</summary>
[TestClass]
public sealed class InputErrorTests
{
    [TestMethod]
    public void A_truncated_export_is_named_as_ending_early()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var export = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var truncated = folder.Write("current/Hashing-report-full.json", export[..(export.Length / 2)]);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", truncated);

        outcome.AssertBadInput(truncated, "the JSON ends early");
    }

    [TestMethod]
    public void Json_that_is_not_a_benchmarkdotnet_export_says_what_was_expected()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var other = folder.Write("current/other-report-full.json", """{"a":1}""");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", folder.File("current"));

        outcome.AssertBadInput(other, "expected a BenchmarkDotNet full JSON export");
    }

    [TestMethod]
    public void A_string_where_an_export_has_a_number_names_the_place_and_the_expected_type()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.Clean(folder, "current");
        var export = Runs.ExportOf(current, "Caching");
        var document = JsonNode.Parse(File.ReadAllText(export))!;
        document["Benchmarks"]![0]!["Statistics"]!["Median"] = "fast";
        File.WriteAllText(export, document.ToJsonString());

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current);

        outcome.AssertBadInput(export, "$.Benchmarks[0].Statistics.Median", "expected a number");
    }

    [TestMethod]
    public void An_empty_folder_has_no_export()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var empty = folder.File("empty");
        Directory.CreateDirectory(empty);

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", empty);

        outcome.AssertBadInput(empty, "no BenchmarkDotNet full JSON export", "--exporters json");
    }

    [TestMethod]
    public void A_missing_current_run_is_named()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var missing = folder.File("nowhere-report-full.json");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", missing);

        outcome.AssertBadInput(missing, "no such file or folder");
    }

    [TestMethod]
    public void A_missing_baseline_is_named()
    {
        using var folder = new TemporaryFolder();
        var current = Runs.Clean(folder);
        var missing = folder.File("results/baseline.json");

        var outcome = CommandOutcome.Run("compare", "--baseline", missing, "--current", current);

        outcome.AssertBadInput(missing, "no such file or folder");
    }

    [TestMethod]
    public void A_baseline_file_of_another_schema_version_is_refused()
    {
        using var folder = new TemporaryFolder();
        var current = Runs.Clean(folder);
        var baseline = folder.Write("baseline.json", """{ "schemaVersion": 99, "benchmarks": [] }""");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", current);

        outcome.AssertBadInput(baseline, "schemaVersion 99 is not supported");
    }

    [TestMethod]
    public void A_budgets_file_with_a_wrong_value_names_the_entry_and_what_belongs_there()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var budgets = folder.Write("budgets.json", """{ "budgets": [ { "benchmark": "*", "maxBytesPerOperation": "lots" } ] }""");

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--budgets", budgets);

        outcome.AssertBadInput(budgets, "budgets[0].maxBytesPerOperation", "expected a whole number of bytes");
    }

    [TestMethod]
    public void A_missing_budgets_file_is_named()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var budgets = folder.File("budgets.json");

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--budgets", budgets);

        outcome.AssertBadInput(budgets, "expected an existing budgets file");
    }

    [TestMethod]
    public void An_unknown_option_is_named()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--frobnicate", "--baseline", run, "--current", run);

        outcome.AssertBadInput("--frobnicate", "Unrecognized", "memorybench compare --help");
    }

    [TestMethod]
    public void An_unknown_option_after_the_runs_is_named_as_an_option_not_read_as_a_run()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--frobnicate");

        outcome.AssertBadInput("--frobnicate", "Unrecognized");
        Assert.DoesNotContain("no such file or folder", outcome.Error);
    }

    [TestMethod]
    public void A_negative_tolerance_is_refused()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--allocated-tolerance", "-1");

        outcome.AssertBadInput("--allocated-tolerance", "zero or more", "-1");
    }

    [TestMethod]
    public void A_tolerance_that_is_not_a_number_is_refused()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--gc-tolerance-percent", "ten");

        outcome.AssertBadInput("--gc-tolerance-percent", "expects a number", "'ten'");
    }

    [TestMethod]
    public void A_time_threshold_of_zero_is_refused()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--time-threshold-percent", "0");

        outcome.AssertBadInput("--time-threshold-percent", "above zero");
    }

    [TestMethod]
    public void A_missing_required_option_is_named()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);

        var outcome = CommandOutcome.Run("compare", "--current", run);

        outcome.AssertBadInput("--baseline", "required");
    }

    [TestMethod]
    public void Several_command_line_errors_still_make_one_line()
    {
        var outcome = CommandOutcome.Run("compare");

        outcome.AssertBadInput("--baseline", "--current", "memorybench compare --help");
    }

    [TestMethod]
    public void A_missing_command_points_to_the_tool_help()
    {
        var outcome = CommandOutcome.Run();

        outcome.AssertBadInput("'memorybench --help'");
    }

    [TestMethod]
    public void A_report_that_cannot_be_written_is_named()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var notAFolder = folder.Write("notes.txt", "a file, not a folder");
        var markdown = Path.Combine(notAFolder, "report.md");

        var outcome = CommandOutcome.Run("compare", "--baseline", run, "--current", run, "--markdown", markdown);

        outcome.AssertBadInput(markdown, "cannot be written");
    }
}
