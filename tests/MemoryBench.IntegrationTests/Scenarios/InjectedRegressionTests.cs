using System.Runtime.CompilerServices;
using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
[DoNotParallelize]
public sealed class InjectedRegressionTests
{
    [TestMethod]
    public void The_injected_regression_is_exactly_one_24_byte_object_per_call()
    {
        Assert.AreEqual(24d, Allocations.Measure(() => InjectedRegression.Allocate(enabled: true)).BytesPerOperation);
    }

    [TestMethod]
    public void Without_the_switch_nothing_extra_is_allocated()
    {
        MemoryAssert.AllocatesNothing(() => InjectedRegression.Allocate(enabled: false));
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.Variable));
    }

    [TestMethod]
    public void The_injected_leak_keeps_one_24_byte_object_per_call_alive_across_full_collections()
    {
        var retained = Allocations.Measure(() => InjectedRegression.Leak(enabled: true)).Retained!;

        Assert.AreEqual(24d, retained.BytesPerOperation, 3 * retained.StandardErrorBytes + 0.5);
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.LeakVariable));
    }

    [TestMethod]
    [DataRow("1", 16, true)]
    [DataRow("1", 1_024, true)]
    [DataRow("Parts=16", 16, true)]
    [DataRow("Parts=16", 1_024, false)]
    [DataRow(null, 16, false)]
    [DataRow("0", 16, false)]
    [DataRow("Parts=", 16, false)]
    [DataRow("Parts=-16", 16, false)]
    [DataRow("parts=16", 16, false)]
    public void A_variable_injects_into_every_case_or_into_the_case_it_names(string? value, int parts, bool injected)
    {
        Assert.AreEqual(injected, InjectionScope.Parse(value).Includes(parts));
    }

    [TestMethod]
    public void The_survival_injection_keeps_results_alive_without_allocating_more()
    {
        var result = new string('x', 100);
        InjectedRegression.KeepAlive(result, enabled: true);

        MemoryAssert.AllocatesNothing(() => InjectedRegression.KeepAlive(result, enabled: true));
        Assert.AreNotEqual("1", Environment.GetEnvironmentVariable(InjectedRegression.SurvivalVariable));
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Results_kept_by_the_survival_injection_outlive_collections_and_are_promoted_to_gen2(bool enabled)
    {
        var newest = KeepResults(1_000, enabled);

        // Two full collections, not two gen1 ones: an ephemeral collection may leave its survivors where they are when
        // few survive (the GC decides on promotion from the heap's state), a full one promotes them.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        Assert.AreEqual(enabled, newest.IsAlive);
        if (enabled)
        {
            Assert.AreEqual(2, GC.GetGeneration(newest.Target!));
        }
    }

    // In a method of its own, so no local of the caller keeps the results alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference KeepResults(int count, bool enabled)
    {
        string result = "";
        for (var i = 0; i < count; i++)
        {
            result = InjectedRegression.KeepAlive(new string((char)('a' + (i % 26)), 200), enabled);
        }

        return new WeakReference(result);
    }
}
