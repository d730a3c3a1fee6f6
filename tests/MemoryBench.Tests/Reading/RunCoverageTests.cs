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
    public void The_reader_takes_the_coverage_from_the_run_manifests_of_the_folders_it_reads()
    {
        using var folder = new TemporaryFolder();
        var shards = new[] { "shard-1", "shard-2" };
        for (var i = 0; i < shards.Length; i++)
        {
            folder.Copy(Exports.Full("0.15", i == 0 ? "StringJoining" : "Hashing"), Path.Combine(shards[i], "results"));
            RunManifestStore.Write(
                Path.Combine(folder.File(shards[i]), RunManifestStore.FileName),
                new RunManifest("Workstation, Concurrent", []) { Selection = new RunSelection([.. WholeSuite], i + 1, 2) });
        }

        Assert.IsTrue(BenchmarkDotNetReader.Read(folder.File("shard-1")).Coverage.IsPartial);
        Assert.IsFalse(BenchmarkDotNetReader.Read([folder.File("shard-1"), folder.File("shard-2")]).Coverage.IsPartial);
    }

    [TestMethod]
    public void The_selection_reads_back_from_the_manifest_as_written()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File(RunManifestStore.FileName);
        var selection = new RunSelection(["--filter", "*A*", "*B*"], 2, 3);

        RunManifestStore.Write(file, new RunManifest("Workstation, Concurrent", []) { Selection = selection });
        var read = RunManifestStore.Read(file).Selection;

        CollectionAssert.AreEqual(selection.Filters.ToArray(), read.Filters.ToArray());
        Assert.AreEqual((2, 3), (read.ShardIndex, read.ShardCount));
    }
}
