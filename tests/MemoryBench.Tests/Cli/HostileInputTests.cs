using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>
/// The inputs of issue 9's adversarial pass that crashed or passed: each ends with exit code 2 and a one-line message
/// naming the file and the place, or is read correctly (a byte order mark, keys in another order).
/// </summary>
[TestClass]
public sealed class HostileInputTests
{
    private static (string Baseline, string Export) CleanPair(TemporaryFolder folder)
    {
        var baseline = Runs.Clean(folder, "baseline-run");
        var current = Runs.Clean(folder, "current");
        return (baseline, Runs.ExportOf(current, Runs.GrowingType));
    }

    private static void Edit(string file, Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(file))!;
        edit(document);
        File.WriteAllText(file, document.ToJsonString());
    }

    private static CommandOutcome CompareWith(string baseline, string current, params string[] more) =>
        CommandOutcome.Run(["compare", "--baseline", baseline, "--current", current, .. more]);

    private static string Baseline(TemporaryFolder folder)
    {
        var file = folder.File("baseline.json");
        var outcome = CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "for-baseline"), "--out", file);
        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        return file;
    }

    [TestMethod]
    [DataRow("Benchmarks", "$.Benchmarks[4]", "expected a benchmark")]
    [DataRow("Metrics", "$.Benchmarks[0].Metrics[4]", "expected a metric")]
    public void A_null_entry_in_an_export_list_is_refused_where_it_stands(string list, string where, string expected)
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        Edit(export, document => (list == "Benchmarks" ? document["Benchmarks"]! : document["Benchmarks"]![0]!["Metrics"]!).AsArray().Add(null));

        CompareWith(baseline, export).AssertBadInput(export, where, expected, "found null");
    }

    [TestMethod]
    public void A_null_entry_in_the_baseline_is_refused_where_it_stands()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        Edit(baseline, document => document["benchmarks"]!.AsArray().Add(null));
        var (_, export) = CleanPair(folder);

        CompareWith(baseline, export).AssertBadInput(baseline, $"$.benchmarks[{Runs.CleanRunBenchmarks}]", "found null");
    }

    [TestMethod]
    public void A_baseline_entry_whose_memory_is_null_fails_a_hundredfold_allocation()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        Edit(baseline, document => document["benchmarks"]!.AsArray().Single(entry => (string?)entry!["id"] == Runs.GrowingId)!["memory"] = null);

        var outcome = CompareWith(baseline, Runs.WithExtraAllocation(folder, 152 * 99));

        Assert.AreEqual(1, outcome.ExitCode, outcome.Output);
        Assert.Contains("failed", outcome.OutputLineWith(Runs.GrowingName));
    }

    [TestMethod]
    public void A_null_category_in_an_exports_MemoryBench_object_is_refused_where_it_stands()
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        Edit(export, document => document["Benchmarks"]![0]!["MemoryBench"] = JsonNode.Parse("""{"Categories":[null],"Baseline":false}"""));

        CompareWith(baseline, export).AssertBadInput(export, "$.Benchmarks[0].MemoryBench.Categories[0]", "found null");
    }

    [TestMethod]
    public void An_export_written_by_a_newer_MemoryBench_is_refused_naming_the_version_read()
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        Edit(export, document => document["MemoryBench"] = JsonNode.Parse("""{"SchemaVersion":2}"""));

        CompareWith(baseline, export).AssertBadInput(export, "$.MemoryBench.SchemaVersion", "expected 1");
    }

    [TestMethod]
    [DataRow("BytesAllocatedPerOperation", "-100")]
    [DataRow("TotalOperations", "-5")]
    [DataRow("Gen0Collections", "-3")]
    [DataRow("BytesAllocatedPerOperation", "9223372036854775807")]
    public void An_impossible_memory_figure_in_an_export_is_refused(string member, string value)
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        Edit(export, document => document["Benchmarks"]![0]!["Memory"]![member] = JsonNode.Parse(value));

        CompareWith(baseline, export).AssertBadInput(export, $"$.Benchmarks[0].Memory.{member}", "expected a count of zero to 1e15", value);
    }

    [TestMethod]
    public void A_metric_whose_rounding_would_be_infinite_is_refused()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.Clean(folder, "baseline-run");
        var export = Runs.ExportOf(Runs.Clean(folder, "current"), "Caching");
        Edit(export, document => document["Benchmarks"]![0]!["Metrics"]!.AsArray()
            .First(metric => (string?)metric!["Descriptor"]!["Id"] == "RetainedBytesPerOperation")!["Value"] = JsonNode.Parse("1.79e308"));

        CompareWith(baseline, export).AssertBadInput(export, ".Value", "expected a finite number from -1e15 to 1e15");
    }

    [TestMethod]
    [DataRow("-100")]
    [DataRow("1e400")]
    public void An_impossible_figure_in_the_baseline_is_refused_and_a_merge_leaves_the_file_as_it_was(string value)
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var text = File.ReadAllText(baseline);
        var edited = text.Replace("\"allocatedBytesPerOperation\": 0,", $"\"allocatedBytesPerOperation\": {value},", StringComparison.Ordinal);
        Assert.AreNotEqual(text, edited, "the baseline has a benchmark that allocates nothing");
        File.WriteAllText(baseline, edited);

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "again"), "--out", baseline, "--merge");

        outcome.AssertBadInput(baseline, "allocatedBytesPerOperation");
        Assert.AreEqual(edited, File.ReadAllText(baseline));
    }

    [TestMethod]
    public void A_byte_order_mark_is_accepted_in_exports_baselines_and_budgets()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var (_, export) = CleanPair(folder);
        var budgets = folder.Write("budgets.json", """{ "budgets": [ { "benchmark": "*StringJoining*", "maxBytesPerOperation": 100000000 } ] }""");
        byte[] mark = [0xEF, 0xBB, 0xBF];
        foreach (var file in new[] { baseline, export, budgets })
        {
            File.WriteAllBytes(file, [.. mark, .. File.ReadAllBytes(file)]);
        }

        var outcome = CompareWith(baseline, Path.GetDirectoryName(export)!, "--budgets", budgets);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error + outcome.Output);
    }

    [TestMethod]
    public void A_utf16_file_is_refused_naming_its_encoding()
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        File.WriteAllText(export, File.ReadAllText(export), Encoding.Unicode);

        CompareWith(baseline, export).AssertBadInput(export, "is encoded in UTF-16; expected UTF-8");
    }

    [TestMethod]
    public void A_baseline_with_its_keys_sorted_is_read_as_a_baseline()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var sorted = JsonNode.Parse(File.ReadAllText(baseline))!.AsObject();
        var reordered = new JsonObject(sorted.OrderBy(member => member.Key, StringComparer.Ordinal)
            .Select(member => KeyValuePair.Create(member.Key, member.Value?.DeepClone())));
        Assert.AreEqual("benchmarks", reordered.First().Key);
        File.WriteAllText(baseline, reordered.ToJsonString());
        var (_, export) = CleanPair(folder);

        Assert.AreEqual(0, CompareWith(baseline, Path.GetDirectoryName(export)!).ExitCode);
    }

    [TestMethod]
    public void A_device_is_refused_without_reading_it()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Inconclusive("No /dev/zero here.");
            return;
        }

        using var folder = new TemporaryFolder();
        var (_, export) = CleanPair(folder);

        CompareWith("/dev/zero", export).AssertBadInput("/dev/zero", "not a regular file");
    }

    [TestMethod]
    public void A_named_pipe_named_like_an_export_is_refused_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Named pipes are not files on Windows.");
            return;
        }

        using var folder = new TemporaryFolder();
        var (baseline, _) = CleanPair(folder);
        var pipe = folder.File("pipe-report-full.json");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
            Assert.AreEqual(0, mkfifo.ExitCode);
        }

        // A hang is the failure here; the test runner's timeout ends it.
        CompareWith(baseline, pipe).AssertBadInput(pipe, "not a regular file");
    }

    [TestMethod]
    public void A_file_beyond_the_size_limit_is_refused_without_reading_it()
    {
        using var folder = new TemporaryFolder();
        var (baseline, _) = CleanPair(folder);
        var huge = folder.File("huge-report-full.json");
        using (var stream = File.Create(huge))
        {
            // Sparse on Linux: no disk space is used, and nothing is read.
            stream.SetLength(InputFile.MaxBytes + 1);
        }

        CompareWith(baseline, huge).AssertBadInput(huge, "1,073,741,825 bytes; at most 1 GB is read");
    }

    [TestMethod]
    public void A_duplicate_key_in_a_budgets_file_is_an_error()
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        var budgets = folder.Write("budgets.json", """{ "budgets": [ { "benchmark": "*", "maxBytesPerOperation": 0, "maxBytesPerOperation": 99999 } ] }""");

        CompareWith(baseline, export, "--budgets", budgets).AssertBadInput(budgets, "\"maxBytesPerOperation\" is given twice");
    }

    [TestMethod]
    public void A_duplicate_key_in_the_baseline_is_an_error()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        File.WriteAllText(baseline, File.ReadAllText(baseline).Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"schemaVersion\": 2,", StringComparison.Ordinal));
        var (_, export) = CleanPair(folder);

        CompareWith(baseline, export).AssertBadInput(baseline, "\"schemaVersion\" is given twice");
    }

    [TestMethod]
    public void A_budget_pattern_that_matches_no_benchmark_is_a_warning_in_the_report()
    {
        using var folder = new TemporaryFolder();
        var (baseline, export) = CleanPair(folder);
        var budgets = folder.Write("budgets.json", """{ "budgets": [ { "benchmark": "*.ValueTsak*", "noGen2": true } ] }""");
        var report = folder.File("report.md");

        var outcome = CompareWith(baseline, Path.GetDirectoryName(export)!, "--budgets", budgets, "--markdown", report);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains("budgets.json budgets[0] (\"*.ValueTsak*\") matches no benchmark of this run", outcome.OutputLineWith("warning:"));
        Assert.Contains("matches no benchmark of this run; check its pattern.", File.ReadAllText(report));
    }
}
