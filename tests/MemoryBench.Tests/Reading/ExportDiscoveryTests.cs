using MemoryBench.Reading;
using MemoryBench.Tests.Cli;

namespace MemoryBench.Tests.Reading;

/// <summary>Finding the exports in a folder ends, reads each file once, and never picks one of two differing exports silently.</summary>
[TestClass]
public sealed class ExportDiscoveryTests
{
    [TestMethod]
    [DataRow("x", ".", "y", ".")]
    [DataRow("loop", "..", "again", "../..")]
    public void Folder_links_that_loop_end_the_search_and_each_export_is_read_once(string link, string target, string otherLink, string otherTarget)
    {
        using var folder = new TemporaryFolder();
        var run = Runs.Clean(folder, "run/results");
        Directory.CreateSymbolicLink(Path.Combine(run, link), target);
        Directory.CreateSymbolicLink(Path.Combine(run, otherLink), otherTarget);

        var read = BenchmarkDotNetReader.Read(folder.File("run"));

        Assert.HasCount(Runs.CleanRunBenchmarks, read.Benchmarks);
    }

    [TestMethod]
    public void A_linked_folder_outside_is_still_searched()
    {
        using var folder = new TemporaryFolder();
        var elsewhere = Runs.OnlyType(folder, "Caching", "elsewhere");
        Directory.CreateDirectory(folder.File("run"));
        Directory.CreateSymbolicLink(folder.File("run/linked"), elsewhere);

        Assert.HasCount(1, BenchmarkDotNetReader.Read(folder.File("run")).Benchmarks);
    }

    [TestMethod]
    public void Both_exports_of_one_report_with_the_same_data_are_read_as_one()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        Assert.IsTrue(run.Sources.All(source => source.EndsWith("-report-full-compressed.json", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Both_exports_of_one_report_with_different_data_are_refused_naming_both()
    {
        using var folder = new TemporaryFolder();
        var full = folder.Copy(Exports.Full("0.15", Runs.GrowingType), "run");
        var compressed = folder.Copy(Exports.Compressed("0.15", Runs.GrowingType), "run");
        Runs.AddAllocation(full, 1_000_000_000);

        var outcome = CommandOutcome.Run("compare", "--baseline", Exports.Folder("0.15"), "--current", folder.File("run"));

        outcome.AssertBadInput(full, Path.GetFileName(compressed), "with other data");
    }

    [TestMethod]
    public void A_compressed_export_that_is_not_JSON_beside_a_full_one_is_an_input_error()
    {
        using var folder = new TemporaryFolder();
        folder.Copy(Exports.Full("0.15", "Caching"), "run");
        var compressed = folder.Write($"run/{Exports.Namespace}.Caching-report-full-compressed.json", "{ not json");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(folder.File("run")));

        Assert.Contains(compressed, error.Message);
    }
}
