using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class RunManifestTests
{
    private const string Ns = Exports.Namespace;

    private static readonly RunManifest Manifest = new(
        "Workstation, Concurrent",
        [
            new($"{Ns}.StringJoining.Concatenation(Count: 10)", "Short", ["Joining"], IsBaseline: true, new RunManifestBudget(1024, NoGen2: true, RetainsNothing: false)),
            new($"{Ns}.StringJoining.Builder(Count: 10)", "Short", ["Joining"], IsBaseline: false, new RunManifestBudget(null, NoGen2: false, RetainsNothing: true)),
            new($"{Ns}.StringJoining.Builder(Count: 100)", "Short", ["Joining", "Large"], IsBaseline: false, Budget: null),
        ]);

    [TestMethod]
    public void A_manifest_reads_back_as_written()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File(RunManifestStore.FileName);

        RunManifestStore.Write(file, Manifest);
        var read = RunManifestStore.Read(file);

        Assert.AreEqual(Manifest.GcMode, read.GcMode);
        CollectionAssert.AreEqual(Describe(Manifest), Describe(read));
    }

    [TestMethod]
    public void A_manifest_has_the_contract_shape_with_no_budget_member_when_there_is_none()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File(RunManifestStore.FileName);

        RunManifestStore.Write(file, Manifest);
        var text = File.ReadAllText(file);

        Assert.StartsWith(
            "{\n  \"schemaVersion\": 1,\n  \"gcMode\": \"Workstation, Concurrent\",\n" +
            "  \"selection\": {\n    \"filters\": [],\n    \"shardIndex\": 1,\n    \"shardCount\": 1\n  },\n  \"benchmarks\": [",
            text);
        Assert.Contains("\"maxBytesPerOperation\": 1024", text);
        Assert.AreEqual(2, text.Split("\"budget\"").Length - 1);
        Assert.AreEqual(1, text.Split("\"maxBytesPerOperation\"").Length - 1);
    }

    [TestMethod]
    public void Categories_baseline_marks_and_budgets_from_the_manifest_reach_the_results()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Exports.Full("0.15", "StringJoining"), "results");
        RunManifestStore.Write(Path.Combine(folder.Path, "results", RunManifestStore.FileName), Manifest);

        var run = BenchmarkDotNetReader.Read(folder.Path);

        var concatenation = run.Benchmarks.Single(benchmark => benchmark.Id.Value == $"{Ns}.StringJoining.Concatenation(Count=10)");
        Assert.IsTrue(concatenation.IsBaseline);
        Assert.AreEqual("Joining", concatenation.Categories.Single());
        Assert.AreEqual(new Budget(1024, NoGen2: true, RetainsNothing: false, RunManifestBudget.Source), concatenation.Budget);
        var builder = run.Benchmarks.Single(benchmark => benchmark.Id.Value == $"{Ns}.StringJoining.Builder(Count=10)");
        Assert.IsFalse(builder.IsBaseline);
        Assert.AreEqual(new Budget(null, NoGen2: false, RetainsNothing: true, RunManifestBudget.Source), builder.Budget);
    }

    [TestMethod]
    public void A_benchmark_the_manifest_does_not_list_has_no_categories()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Exports.Full("0.15", "StringJoining"), "results");
        RunManifestStore.Write(Path.Combine(folder.Path, "results", RunManifestStore.FileName), Manifest);

        var run = BenchmarkDotNetReader.Read(folder.Path);

        var unlisted = run.Benchmarks.Single(benchmark => benchmark.Id.Value == $"{Ns}.StringJoining.Concatenation(Count=100)");
        Assert.IsTrue(unlisted.Categories.IsEmpty);
        Assert.IsNull(unlisted.Budget);
    }

    [TestMethod]
    public void The_manifest_gc_mode_is_the_run_gc_mode()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Exports.Full("0.15", "StringJoining"), "results");
        RunManifestStore.Write(Path.Combine(folder.Path, "results", RunManifestStore.FileName), Manifest);

        Assert.AreEqual("Workstation, Concurrent", BenchmarkDotNetReader.Read(folder.Path).Environment!.GcMode);
    }

    [TestMethod]
    public void A_manifest_in_the_folder_above_the_exports_applies_to_them()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Copy(Exports.Full("0.15", "StringJoining"), "results");
        RunManifestStore.Write(folder.File(RunManifestStore.FileName), Manifest);

        var run = BenchmarkDotNetReader.Read(export);

        Assert.AreEqual(3, run.Benchmarks.Count(benchmark => !benchmark.Categories.IsEmpty));
    }

    [TestMethod]
    public void A_manifest_listing_a_benchmark_twice_is_an_input_error()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Copy(Exports.Full("0.15", "StringJoining"));
        var manifest = folder.File(RunManifestStore.FileName);
        RunManifestStore.Write(manifest, Manifest with { Benchmarks = [.. Manifest.Benchmarks, Manifest.Benchmarks[0]] });

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(export));

        Assert.AreEqual(manifest, error.FilePath);
        Assert.AreEqual("$.benchmarks[3]", error.Location);
    }

    [TestMethod]
    public void A_manifest_of_another_schema_version_is_an_input_error()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write(RunManifestStore.FileName, """{ "schemaVersion": 7, "gcMode": "x", "benchmarks": [] }""");

        var error = Assert.ThrowsExactly<InputException>(() => RunManifestStore.Read(file));

        Assert.Contains("schemaVersion 7 is not supported", error.Message);
    }

    private static string[] Describe(RunManifest manifest) =>
        [.. manifest.Benchmarks.Select(entry => $"{entry.FullName} {entry.Job} [{string.Join(",", entry.Categories)}] {entry.IsBaseline} {entry.Budget}")];
}
