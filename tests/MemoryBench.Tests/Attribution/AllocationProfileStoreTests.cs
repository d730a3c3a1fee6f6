using MemoryBench.Attribution;
using MemoryBench.Leaks;
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
    public void A_profile_keeps_its_retained_types_through_the_file_and_its_compact_form()
    {
        using var folder = new TemporaryFolder();
        var retained = new RetainedTypes(262_256, 24.0006, [new RetainedType("LeakedNode", 24, 1)]);
        var profile = AllocationProfiler.Build(Benchmark, [Profiles.Sample("LeakedNode", 24, "Leak")], operations: 100) with { Retained = retained };

        AllocationProfileStore.Write(AllocationProfileStore.FolderOf(folder.Path), profile, "{}");
        var read = AllocationProfileStore.ReadAll([folder.Path])[Benchmark];

        Assert.AreEqual(262_256, read.Retained!.Operations);
        Assert.AreEqual(24.0006, read.Retained.BytesPerOperation);
        CollectionAssert.AreEqual(retained.Types.ToArray(), read.Retained.Types.ToArray());
        Assert.AreSame(profile.Retained, profile.Compact().Retained);
    }

    [TestMethod]
    public void A_profile_without_retained_types_reads_as_not_censused()
    {
        using var folder = new TemporaryFolder();
        AllocationProfileStore.Write(AllocationProfileStore.FolderOf(folder.Path), AllocationProfiler.Build(Benchmark, [Profiles.Sample("T", 24)], operations: 1), "{}");

        Assert.IsNull(AllocationProfileStore.ReadAll([folder.Path])[Benchmark].Retained);
    }

    [TestMethod]
    public void Retained_types_over_no_operations_are_refused_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write(
            "allocations/x.allocations.json",
            "{\"benchmark\": \"B\", \"operations\": 1, \"samples\": 0, \"bytesPerOperation\": 0, \"types\": [], \"stacks\": [], " +
            "\"retained\": {\"operations\": 0, \"bytesPerOperation\": 0, \"types\": []}}");

        var error = Assert.ThrowsExactly<InputException>(() => AllocationProfileStore.ReadAll([folder.Path]));

        StringAssert.Contains(error.Message, file);
        StringAssert.Contains(error.Message, "retained types");
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
}
