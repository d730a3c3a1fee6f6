using System.Collections.Immutable;
using MemoryBench.Leaks;

namespace MemoryBench.Tests.Leaks;

[TestClass]
public sealed class RetainedTypeGrowthTests
{
    private static HeapCensus Census(params (string Type, long Instances, long Bytes)[] types) =>
        new(types.ToImmutableDictionary(type => type.Type, type => new TypeCensus(type.Instances, type.Bytes), StringComparer.Ordinal));

    [TestMethod]
    public void A_type_that_grows_by_one_object_per_operation_is_named_at_its_bytes_per_operation()
    {
        var before = Census(("LeakedNode", 1_000, 24_000), ("System.String", 500, 20_000));
        var after = Census(("LeakedNode", 263_256, 6_318_144), ("System.String", 500, 20_000));

        var retained = RetainedTypeGrowth.Between(before, after, operations: 262_256);

        var node = retained.Types.Single();
        Assert.AreEqual("LeakedNode", node.TypeName);
        Assert.AreEqual(24, node.BytesPerOperation, 1e-9);
        Assert.AreEqual(1, node.InstancesPerOperation, 1e-9);
        Assert.AreEqual(262_256, retained.Operations);
    }

    [TestMethod]
    public void Objects_built_once_between_the_snapshots_are_not_named()
    {
        // What the injected leak's run showed besides the leak: the engine's Measurement[] and a few strings.
        var before = Census(("BenchmarkDotNet.Reports.Measurement[]", 1, 1_000), ("System.String", 2_000, 80_000));
        var after = Census(("BenchmarkDotNet.Reports.Measurement[]", 1, 1_128), ("System.String", 2_001, 80_041));

        var retained = RetainedTypeGrowth.Between(before, after, operations: 153_576);

        Assert.IsEmpty(retained.Types);
        Assert.AreEqual(169.0 / 153_576, retained.BytesPerOperation, 1e-12);
    }

    [TestMethod]
    public void Growth_below_the_one_time_allowance_is_not_named_even_at_many_bytes_per_operation()
    {
        var after = Census(("Cache", 1, RetainedTypeGrowth.OneTimeBytes - 1));

        Assert.IsEmpty(RetainedTypeGrowth.Between(HeapCensus.Empty, after, operations: 100).Types);
        Assert.HasCount(1, RetainedTypeGrowth.Between(HeapCensus.Empty, Census(("Cache", 1, RetainedTypeGrowth.OneTimeBytes)), operations: 100).Types);
    }

    [TestMethod]
    public void Growth_below_one_byte_per_operation_is_not_named_however_large()
    {
        var after = Census(("Pool", 10, 999_999));

        Assert.IsEmpty(RetainedTypeGrowth.Between(HeapCensus.Empty, after, operations: 1_000_000).Types);
        Assert.HasCount(1, RetainedTypeGrowth.Between(HeapCensus.Empty, Census(("Pool", 10, 1_000_000)), operations: 1_000_000).Types);
    }

    [TestMethod]
    public void Storage_that_grows_by_doubling_is_named_by_its_bytes_with_no_new_instance()
    {
        var before = Census(("Entry[System.Int32,System.String][]", 1, 786_456));
        var after = Census(("Entry[System.Int32,System.String][]", 1, 3_145_752));

        var entries = RetainedTypeGrowth.Between(before, after, operations: 100_000).Types.Single();

        Assert.AreEqual(23.59296, entries.BytesPerOperation, 1e-9);
        Assert.AreEqual(0, entries.InstancesPerOperation);
    }

    [TestMethod]
    public void A_shrinking_type_is_not_named_and_lowers_the_heap_growth()
    {
        var before = Census(("Node", 0, 0), ("System.Byte[]", 10, 50_000));
        var after = Census(("Node", 1_000, 24_000), ("System.Byte[]", 1, 2_000));

        var retained = RetainedTypeGrowth.Between(before, after, operations: 1_000);

        Assert.AreEqual("Node", retained.Types.Single().TypeName);
        Assert.AreEqual(-24, retained.BytesPerOperation, 1e-9);
    }

    [TestMethod]
    public void A_type_gone_from_the_second_snapshot_lowers_the_heap_growth()
    {
        var before = Census(("Scratch", 1, 8_000));

        var retained = RetainedTypeGrowth.Between(before, HeapCensus.Empty, operations: 1_000);

        Assert.IsEmpty(retained.Types);
        Assert.AreEqual(-8, retained.BytesPerOperation, 1e-9);
    }

    [TestMethod]
    public void At_most_ten_types_are_named_largest_first_ties_by_name()
    {
        var after = Census([.. Enumerable.Range(1, 12).Select(i => ($"T{i:00}", (long)i, i * 10_000L)), ("A-tie", 12, 120_000L)]);

        var types = RetainedTypeGrowth.Between(HeapCensus.Empty, after, operations: 1_000).Types;

        Assert.HasCount(RetainedTypeGrowth.TopCount, types);
        CollectionAssert.AreEqual(new[] { "A-tie", "T12", "T11" }, types.Take(3).Select(type => type.TypeName).ToArray());
        Assert.AreEqual(120, types[0].BytesPerOperation, 1e-9);
        Assert.AreEqual(0.012, types[0].InstancesPerOperation, 1e-12);
    }

    [TestMethod]
    public void Operations_must_be_positive()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => RetainedTypeGrowth.Between(HeapCensus.Empty, HeapCensus.Empty, operations: 0));
    }
}
