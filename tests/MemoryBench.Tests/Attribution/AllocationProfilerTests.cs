using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class AllocationProfilerTests
{
    [TestMethod]
    public void Types_are_ordered_by_estimated_bytes_per_operation()
    {
        var samples = new[]
        {
            Profiles.Sample("System.String", 40, "Format"),
            Profiles.Sample("System.Int32", 24, "Box"),
            Profiles.Sample("System.Int32", 24, "Box"),
        };

        var profile = AllocationProfiler.Build("B", samples, operations: 1_000);

        CollectionAssert.AreEqual(new[] { "System.Int32", "System.String" }, profile.Types.Select(t => t.TypeName).ToArray());
        Assert.AreEqual(2 * SampledBytes.Weight(24) / 1_000, profile.Types[0].BytesPerOperation, 1e-9);
        Assert.AreEqual(2, profile.Types[0].Samples);
        Assert.AreEqual(3, profile.Samples);
        Assert.AreEqual(profile.Types.Sum(t => t.BytesPerOperation), profile.BytesPerOperation, 1e-9);
    }

    [TestMethod]
    public void An_allocation_tick_stands_for_the_bytes_allocated_since_the_previous_tick()
    {
        var samples = new[]
        {
            new AllocationSample("System.String", 40, []) { TickVolume = 100_000 },
            new AllocationSample("System.String", 56, []) { TickVolume = 104_000 },
            new AllocationSample("System.Byte[]", 1_048_600, []) { TickVolume = 1_048_600 },
        };

        var profile = AllocationProfiler.Build("B", samples, operations: 1_000, SamplingEvent.GCAllocationTick);

        Assert.AreEqual(SamplingEvent.GCAllocationTick, profile.SampledBy);
        Assert.AreEqual("System.Byte[]", profile.Types[0].TypeName);
        Assert.AreEqual(204.0, profile.Find("System.String")!.BytesPerOperation, 1e-9);
        // As if the ticks fell at random: the square root of the summed squared volumes.
        Assert.AreEqual(Math.Sqrt((100_000.0 * 100_000) + (104_000.0 * 104_000)) / 1_000, profile.Find("System.String")!.StandardError, 1e-9);
    }

    [TestMethod]
    public void Stacks_are_grouped_by_type_and_frames_heaviest_first()
    {
        var samples = new[]
        {
            Profiles.Sample("T", 24, "Inner", "Outer"),
            Profiles.Sample("T", 24, "Other", "Outer"),
            Profiles.Sample("T", 24, "Inner", "Outer"),
        };

        var profile = AllocationProfiler.Build("B", samples, operations: 10);

        Assert.HasCount(2, profile.Stacks);
        CollectionAssert.AreEqual(new[] { "Inner", "Outer" }, profile.Stacks[0].Frames.ToArray());
        Assert.AreEqual(2, profile.Stacks[0].Samples);
    }

    [TestMethod]
    public void A_small_type_keeps_its_stack_when_heavier_stacks_fill_the_top_ten()
    {
        // Strings from twelve call paths, each heavier than the one small object allocated in Builder.
        var samples = Enumerable.Range(0, 12)
            .SelectMany(path => Enumerable.Repeat(Profiles.Sample("System.String", 40, $"Concat{path}", "Run"), 5))
            .Append(Profiles.Sample("InjectedObject", 24, "Allocate", "Builder"))
            .ToList();

        var profile = AllocationProfiler.Build("B", samples, operations: 10);

        Assert.HasCount(AllocationProfiler.StackCount + 1, profile.Stacks);
        Assert.AreEqual("InjectedObject", profile.Stacks[^1].TypeName);
        CollectionAssert.AreEqual(new[] { "Allocate", "Builder" }, profile.Stacks[^1].Frames.ToArray());
    }

    [TestMethod]
    public void A_compact_profile_keeps_every_type_sampled_at_least_twice_and_no_stacks()
    {
        var samples = Enumerable.Range(0, 15).SelectMany(i => Enumerable.Repeat(Profiles.Sample($"T{i:00}", 24, "F"), 15 - i)).ToList();

        var compact = AllocationProfiler.Build("B", samples, operations: 1).Compact();

        // T14 was sampled once.
        Assert.HasCount(14, compact.Types);
        Assert.AreEqual("T00", compact.Types[0].TypeName);
        Assert.IsNull(compact.Find("T14"));
        Assert.IsEmpty(compact.Stacks);
        Assert.IsTrue(compact.Compacted);
    }
}
