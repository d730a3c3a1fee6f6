using MemoryBench.History;
using MemoryBench.History.Store;
using MemoryBench.Model;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.History;

[TestClass]
public sealed class HistoryStoreTests
{
    [TestMethod]
    public void A_run_reads_back_with_its_commit_time_environment_and_figures()
    {
        using var folder = new TemporaryFolder();
        var history = folder.File("history");
        var retained = new BenchmarkId("Synthetic.Caching.Remember");
        var run = SyntheticHistory.Run(3, 1016) with
        {
            Benchmarks = new Dictionary<BenchmarkId, HistoryFigures>
            {
                [SyntheticHistory.Id] = new(SyntheticHistory.Memory(1016), null),
                [retained] = new(null, new RetainedMemory(24.04, 0.5)),
            },
        };

        HistoryStore.Add(history, run);
        var read = HistoryStore.Read(history).Runs.Single();

        Assert.AreEqual(run.Commit, read.Commit);
        Assert.AreEqual(run.Time, read.Time);
        Assert.AreEqual(run.Environment, read.Environment);
        Assert.AreEqual(SyntheticHistory.Memory(1016), read.Benchmarks[SyntheticHistory.Id].Memory);
        Assert.AreEqual(new RetainedMemory(24, 0.5), read.Benchmarks[retained].Retained);
    }

    [TestMethod]
    public void Each_benchmark_is_one_line_of_its_run_file_sorted_by_id()
    {
        using var folder = new TemporaryFolder();
        var history = folder.File("history");
        var ids = new[] { "B.Type.Second", "A.Type.First" }.Select(id => new BenchmarkId(id)).ToList();
        var run = SyntheticHistory.Run(0, 100) with
        {
            Benchmarks = ids.ToDictionary(id => id, _ => new HistoryFigures(SyntheticHistory.Memory(100), null)),
        };

        HistoryStore.Add(history, run);

        var lines = File.ReadAllLines(Directory.GetFiles(Path.Combine(history, "runs")).Single());
        var benchmarkLines = lines.Where(line => line.Contains("\"allocated\"", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, benchmarkLines);
        Assert.StartsWith("    \"A.Type.First\": {\"allocated\": 100, \"gen0\": 11, \"gen1\": 0, \"gen2\": 0, \"operations\": 1000000}", benchmarkLines[0]);
        Assert.StartsWith("    \"B.Type.Second\"", benchmarkLines[1]);
    }

    [TestMethod]
    public void The_last_runs_are_read_in_order_without_reading_the_others()
    {
        using var folder = new TemporaryFolder();
        var history = folder.File("history");
        for (var i = 0; i < 5; i++)
        {
            HistoryStore.Add(history, SyntheticHistory.Run(i, 100 + i));
        }

        // An unreadable earlier run does not stop a reader of the last runs.
        File.WriteAllText(Directory.GetFiles(Path.Combine(history, "runs")).Order(StringComparer.Ordinal).First(), "not json");
        var last = HistoryStore.ReadLast(history, 2);

        CollectionAssert.AreEqual(new[] { SyntheticHistory.Commit(3), SyntheticHistory.Commit(4) }, last.Runs.Select(r => r.Commit).ToArray());
    }

    [TestMethod]
    public void A_run_of_a_newer_schema_is_refused_naming_its_version()
    {
        using var folder = new TemporaryFolder();
        var history = folder.File("history");
        HistoryStore.Add(history, SyntheticHistory.Run(0, 100));
        var file = Directory.GetFiles(Path.Combine(history, "runs")).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<MemoryBench.Reading.InputException>(() => HistoryStore.Read(history));

        Assert.AreEqual(file, error.FilePath);
        Assert.Contains("schemaVersion 2 is not supported", error.Message);
    }

    [TestMethod]
    public void Runs_added_at_once_from_many_threads_all_land()
    {
        using var folder = new TemporaryFolder();
        var history = folder.File("history");

        Parallel.For(0, 8, i => HistoryStore.Add(history, SyntheticHistory.Run(i, 100 + i)));

        Assert.HasCount(8, HistoryStore.Read(history).Runs);
    }
}
