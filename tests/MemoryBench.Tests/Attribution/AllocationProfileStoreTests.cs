using MemoryBench.Attribution;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class AllocationProfileStoreTests
{
    private const string Benchmark = "Shop.Pricing.Total(Text=\"a/b:c\")";

    [TestMethod]
    public void A_profile_reads_back_as_written_with_its_speedscope_file_beside_it()
    {
        using var folder = new TemporaryFolder();
        var profile = AllocationProfiler.Build(Benchmark, [Profiles.Sample("System.String", 40, "Format", "Total")], operations: 100);
        var profiles = AllocationProfileStore.FolderOf(folder.Path);

        AllocationProfileStore.Write(profiles, profile, "{}");
        var read = AllocationProfileStore.ReadAll([folder.Path]);

        Assert.AreEqual(profile.Benchmark, read[Benchmark].Benchmark);
        CollectionAssert.AreEqual(profile.Types.ToArray(), read[Benchmark].Types.ToArray());
        CollectionAssert.AreEqual(profile.Stacks[0].Frames.ToArray(), read[Benchmark].Stacks[0].Frames.ToArray());
        Assert.IsTrue(File.Exists(AllocationProfileStore.SpeedscopePath(profiles, Benchmark)));
    }

    [TestMethod]
    public void A_run_without_profiles_has_none()
    {
        using var folder = new TemporaryFolder();

        Assert.IsEmpty(AllocationProfileStore.ReadAll([folder.Path]));
    }

    [TestMethod]
    public void A_broken_profile_is_refused_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("allocations/x.allocations.json", "{\"benchmark\": 3}");

        var error = Assert.ThrowsExactly<InputException>(() => AllocationProfileStore.ReadAll([folder.Path]));

        StringAssert.Contains(error.Message, file);
    }

    [TestMethod]
    public void Profiles_left_by_an_earlier_run_are_removed()
    {
        using var folder = new TemporaryFolder();
        var profile = AllocationProfiler.Build(Benchmark, [Profiles.Sample("T", 24)], operations: 1);
        AllocationProfileStore.Write(AllocationProfileStore.FolderOf(folder.Path), profile, "{}");

        AllocationProfileStore.RemoveOlderThan(folder.Path, DateTime.UtcNow.AddMinutes(1));

        Assert.IsEmpty(AllocationProfileStore.ReadAll([folder.Path]));
    }
}
