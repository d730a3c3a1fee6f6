using System.Text.Json;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

[TestClass]
public sealed class BaselineCommandTests
{
    [TestMethod]
    public void The_baseline_holds_every_benchmark_of_the_run_sorted_by_id()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder);
        var baseline = folder.File("results/baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", run, "--out", baseline);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.AreEqual("", outcome.Error);
        Assert.Contains($"Wrote {baseline}: {Runs.CleanRunBenchmarks} benchmark(s).", outcome.Output);
        var ids = Ids(baseline);
        Assert.HasCount(Runs.CleanRunBenchmarks, ids);
        CollectionAssert.AreEqual(ids.Order(StringComparer.Ordinal).ToArray(), ids);
        Assert.AreEqual(152, AllocatedBytes(baseline, Runs.GrowingId));
    }

    [TestMethod]
    public void A_run_with_a_failed_benchmark_makes_no_baseline_and_the_error_names_it()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.WithFailure(folder);
        var baseline = folder.File("baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", run, "--out", baseline);

        outcome.AssertBadInput(Runs.FailedId, "failed");
        Assert.IsFalse(File.Exists(baseline));
    }

    [TestMethod]
    public void A_run_with_a_failed_benchmark_makes_a_baseline_when_failures_are_allowed()
    {
        using var folder = new TemporaryFolder();
        var run = Runs.WithFailure(folder);
        var baseline = folder.File("baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", run, "--out", baseline, "--allow-failed");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.IsTrue(Benchmark(baseline, Runs.FailedId).GetProperty("failed").GetBoolean());
    }

    [TestMethod]
    public void Merging_updates_the_benchmarks_of_the_run_and_keeps_the_others()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder), "--out", baseline).ExitCode);
        var filtered = Runs.OnlyType(folder, Runs.GrowingType);
        Runs.AddAllocation(Runs.ExportOf(filtered, Runs.GrowingType), 24);

        var outcome = CommandOutcome.Run("baseline", "--from", filtered, "--out", baseline, "--merge");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains($"Wrote {baseline}: 4 benchmark(s) from the run, 9 kept from the previous baseline.", outcome.Output);
        Assert.HasCount(Runs.CleanRunBenchmarks, Ids(baseline));
        Assert.AreEqual(176, AllocatedBytes(baseline, Runs.GrowingId));
        Assert.AreEqual(24, AllocatedBytes(baseline, $"{Exports.Namespace}.Caching.Remember"));
    }

    [TestMethod]
    public void Without_merging_the_baseline_holds_only_the_run()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder), "--out", baseline).ExitCode);

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.OnlyType(folder, Runs.GrowingType), "--out", baseline);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.HasCount(4, Ids(baseline));
    }

    [TestMethod]
    public void A_refused_run_leaves_the_previous_baseline_byte_identical()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder), "--out", baseline).ExitCode);
        var before = File.ReadAllBytes(baseline);

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.WithFailure(folder), "--out", baseline, "--merge");

        Assert.AreEqual(2, outcome.ExitCode, outcome.Error);
        CollectionAssert.AreEqual(before, File.ReadAllBytes(baseline));
    }

    [TestMethod]
    public void A_baseline_that_cannot_be_written_leaves_the_previous_file_byte_identical_and_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("results/baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder), "--out", baseline).ExitCode);
        var before = File.ReadAllBytes(baseline);
        // Running as root, permissions do not stop a write; a path under a file does, on every platform.
        var underTheFile = Path.Combine(baseline, "baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.WithExtraAllocation(folder, 24), "--out", underTheFile);

        outcome.AssertBadInput(underTheFile, "cannot be written");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(baseline));
        CollectionAssert.AreEqual(new[] { "baseline.json" }, Entries(folder.File("results")));
    }

    [TestMethod]
    public void A_baseline_whose_path_is_a_folder_is_not_written_and_its_temporary_file_is_removed()
    {
        using var folder = new TemporaryFolder();
        // The rename over the target fails only after the temporary file is fully written: the clean-up is what is tested.
        var target = folder.File("results/baseline.json");
        folder.Write("results/baseline.json/kept.txt", "kept");

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.Clean(folder), "--out", target);

        outcome.AssertBadInput(target, "cannot be written");
        CollectionAssert.AreEqual(new[] { "baseline.json" }, Entries(folder.File("results")));
        CollectionAssert.AreEqual(new[] { "kept.txt" }, Entries(target));
        Assert.AreEqual("kept", File.ReadAllText(Path.Combine(target, "kept.txt")));
    }

    [TestMethod]
    public void An_unreadable_run_is_named()
    {
        using var folder = new TemporaryFolder();
        var notAnExport = folder.Write("run/other-report-full.json", """{"a":1}""");
        var baseline = folder.File("baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", folder.File("run"), "--out", baseline);

        outcome.AssertBadInput(notAnExport, "expected a BenchmarkDotNet full JSON export");
        Assert.IsFalse(File.Exists(baseline));
    }

    [TestMethod]
    public void An_unknown_option_after_the_run_is_named_as_an_option()
    {
        using var folder = new TemporaryFolder();

        var outcome = CommandOutcome.Run("baseline", "--out", folder.File("baseline.json"), "--from", Runs.Clean(folder), "--marge");

        outcome.AssertBadInput("--marge", "Unrecognized", "memorybench baseline --help");
    }

    private static string[] Entries(string directory) =>
        [.. Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static string[] Ids(string baseline)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(baseline));
        return [.. document.RootElement.GetProperty("benchmarks").EnumerateArray().Select(b => b.GetProperty("id").GetString()!)];
    }

    private static long AllocatedBytes(string baseline, string id) =>
        Benchmark(baseline, id).GetProperty("memory").GetProperty("allocatedBytesPerOperation").GetInt64();

    private static JsonElement Benchmark(string baseline, string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(baseline));
        return document.RootElement.GetProperty("benchmarks").EnumerateArray()
            .Single(b => b.GetProperty("id").GetString() == id)
            .Clone();
    }

    [TestMethod]
    public void A_run_without_the_memory_diagnoser_makes_no_baseline_and_the_error_names_the_benchmark()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.File("baseline.json");

        CommandOutcome.Run("baseline", "--from", Runs.WithUnmeasured(folder), "--out", baseline)
            .AssertBadInput("have no memory figures", Runs.UnmeasuredId);
        Assert.IsFalse(File.Exists(baseline));
    }
}
