using MemoryBench.Leaks;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>
/// The heap snapshot against a real runtime: this test process snapshots itself through its own diagnostics port,
/// as the profiling run snapshots a benchmark process from the host.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class HeapSnapshotTests
{
    private const int Kept = 10_000;

    [TestMethod]
    public void Objects_kept_between_two_snapshots_are_named_by_type_at_their_size_per_operation()
    {
        var names = new Dictionary<ulong, string>();
        HeapCensus Census()
        {
            var snapshot = HeapSnapshot.Take(Environment.ProcessId);
            foreach (var (id, name) in snapshot.TypeNames)
            {
                names[id] = name;
            }

            return snapshot.Census(names);
        }

        // Thrown away, as the probe does: the first session builds the runtime's event machinery.
        Census();
        var before = Census();
        var kept = new List<KeptNode>(Kept);
        for (var i = 0; i < Kept; i++)
        {
            kept.Add(new KeptNode());
        }

        var after = Census();
        var retained = RetainedTypeGrowth.Between(before, after, operations: Kept);
        GC.KeepAlive(kept);

        // A nested type is reported by its own name; an object with no fields takes 24 bytes on 64-bit.
        Assert.AreEqual(new TypeCensus(Kept, Kept * 24L), new TypeCensus(after.Of(nameof(KeptNode)).Instances - before.Of(nameof(KeptNode)).Instances, after.Of(nameof(KeptNode)).Bytes - before.Of(nameof(KeptNode)).Bytes));
        var node = retained.Types.Single(type => type.TypeName == nameof(KeptNode));
        Assert.AreEqual(24, node.BytesPerOperation);
        Assert.AreEqual(1, node.InstancesPerOperation);
        // The list's backing array: 8 bytes per reference, one new instance over 10,000 operations.
        Assert.IsTrue(retained.Types.Any(type => type.TypeName == "KeptNode[]" && type.BytesPerOperation >= 8), string.Join(", ", retained.Types));
    }

    private sealed class KeptNode;
}
