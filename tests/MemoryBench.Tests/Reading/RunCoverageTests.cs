using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>A filtered or sharded run knows it is partial; the shards of one run read together are complete again.</summary>
[TestClass]
public sealed class RunCoverageTests
{
    private static readonly string[] WholeSuite = ["--filter", "*"];

    [TestMethod]
    public void Runs_that_record_no_selection_are_complete()
    {
        Assert.IsFalse(RunCoverage.Of([]).IsPartial);
        Assert.IsFalse(RunCoverage.Of([RunSelection.Everything]).IsPartial);
    }

    [TestMethod]
    public void A_filtered_run_is_partial_and_says_its_filter()
    {
        var coverage = RunCoverage.Of([new RunSelection(["--filter", "*Iterator*"], 1, 1)]);

        Assert.IsTrue(coverage.IsPartial);
        Assert.AreEqual("selection --filter *Iterator*", coverage.Description);
    }

    [TestMethod]
    public void Every_shard_of_the_whole_suite_read_together_is_complete()
    {
        Assert.IsFalse(RunCoverage.Of([new RunSelection([.. WholeSuite], 1, 2), new RunSelection([.. WholeSuite], 2, 2)]).IsPartial);
    }

    [TestMethod]
    public void Some_shards_only_are_partial()
    {
        var coverage = RunCoverage.Of([new RunSelection([.. WholeSuite], 1, 3), new RunSelection([.. WholeSuite], 3, 3)]);

        Assert.IsTrue(coverage.IsPartial);
        Assert.AreEqual("shard 1/3; shard 3/3", coverage.Description);
    }

    [TestMethod]
    public void Every_shard_of_a_filtered_selection_is_still_partial()
    {
        Assert.IsTrue(RunCoverage.Of([new RunSelection(["-f", "*X*"], 1, 2), new RunSelection(["-f", "*X*"], 2, 2)]).IsPartial);
    }

    [TestMethod]
    public void The_reader_takes_the_coverage_from_the_selection_each_export_records()
    {
        using var folder = new TemporaryFolder();
        var shards = new[] { "shard-1", "shard-2" };
        for (var i = 0; i < shards.Length; i++)
        {
            var export = folder.Copy(Exports.Full("0.15", i == 0 ? "StringJoining" : "Hashing"), Path.Combine(shards[i], "results"));
            ExportAnnotations.Annotate(export, new RunSelection([.. WholeSuite], i + 1, 2));
        }

        Assert.IsTrue(BenchmarkDotNetReader.Read(folder.File("shard-1")).Coverage.IsPartial);
        Assert.IsFalse(BenchmarkDotNetReader.Read([folder.File("shard-1"), folder.File("shard-2")]).Coverage.IsPartial);
    }

    [TestMethod]
    public void A_filter_recorded_in_the_export_reads_back_as_a_partial_run_naming_it()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Copy(Exports.Full("0.15", "StringJoining"));
        ExportAnnotations.Annotate(export, new RunSelection(["--filter", "*A*", "*B*"], 2, 3));

        var coverage = BenchmarkDotNetReader.Read(export).Coverage;

        Assert.IsTrue(coverage.IsPartial);
        Assert.AreEqual("selection --filter *A* *B*, shard 2/3", coverage.Description);
    }

    [TestMethod]
    public void A_plain_BenchmarkDotNet_export_is_a_complete_run()
    {
        Assert.IsFalse(BenchmarkDotNetReader.Read(Exports.Folder("0.15")).Coverage.IsPartial);
    }
}
