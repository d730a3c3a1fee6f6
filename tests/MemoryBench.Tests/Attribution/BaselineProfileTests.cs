using MemoryBench.Attribution;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class BaselineProfileTests
{
    [TestMethod]
    public void A_baseline_made_from_a_profiled_run_keeps_the_compact_profile()
    {
        using var folder = new TemporaryFolder();
        var run = SampleResults.Run(SampleResults.Measured("Total", 880), SampleResults.Measured("Tax", 8));
        var total = run.Benchmarks.Single(b => b.Name.Method == "Total");
        var samples = Enumerable.Range(0, 12).SelectMany(i => Enumerable.Repeat(Profiles.Sample($"T{i}", 24, "F"), 12 - i)).ToList();
        var profile = AllocationProfiler.Build(ProfiledRun.KeyOf(total.Name), samples, operations: 1_000) with { CountedBytesPerOperation = 880.25 };

        BaselineStore.Write(folder.File("baseline.json"), ProfiledRun.Attach(run, new Dictionary<string, AllocationProfile> { [profile.Benchmark] = profile }));
        var read = BaselineStore.Read(folder.File("baseline.json"));

        var stored = read.Benchmarks.Single(b => b.Name.Method == "Total").Allocations!;
        Assert.AreEqual(profile.Benchmark, stored.Benchmark);
        // Every type sampled at least twice (T11 was sampled once), the exact counted figure, and that it is compact.
        Assert.HasCount(11, stored.Types);
        Assert.AreEqual(880.25, stored.CountedBytesPerOperation);
        Assert.IsTrue(stored.Compacted);
        Assert.AreEqual("T0", stored.Types[0].TypeName);
        Assert.AreEqual(profile.Types[0].Samples, stored.Types[0].Samples);
        Assert.IsNull(read.Benchmarks.Single(b => b.Name.Method == "Tax").Allocations);
    }

    [TestMethod]
    public void A_baseline_without_profiles_is_written_without_the_member()
    {
        using var folder = new TemporaryFolder();

        BaselineStore.Write(folder.File("baseline.json"), SampleResults.Run(SampleResults.Measured("Total", 880)));

        Assert.DoesNotContain("allocations", File.ReadAllText(folder.File("baseline.json")));
    }

    [TestMethod]
    public void The_committed_baseline_without_profiles_still_reads()
    {
        var committed = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "results", "baseline.json");

        var read = BaselineStore.Read(Path.GetFullPath(committed));

        Assert.IsNotEmpty(read.Benchmarks);
    }
}
