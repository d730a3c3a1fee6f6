using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class ProfileComparisonTests
{
    [TestMethod]
    public void The_injected_type_is_the_top_growth_with_its_change_and_combined_error()
    {
        var baseline = Profiles.Profile("B", ("System.String", 104, 4), ("System.Char[]", 108, 4));
        var current = Profiles.Profile("B", ("System.String", 103, 4), ("System.Char[]", 109, 4), ("InjectedObject", 23, 3));

        var answer = ProfileComparison.Compare(baseline, current);

        Assert.IsTrue(answer.HasBaselineProfile);
        var top = answer.Growths[0];
        Assert.AreEqual("InjectedObject", top.TypeName);
        Assert.AreEqual(0, top.BaselineBytesPerOperation);
        Assert.AreEqual(23, top.Change, 1e-9);
        Assert.AreEqual(1.96 * 3, top.Uncertainty95, 1e-9);
        Assert.AreEqual(1.96 * Math.Sqrt(32), answer.Growths.Single(g => g.TypeName == "System.Char[]").Uncertainty95, 1e-9);
    }

    [TestMethod]
    public void Without_a_baseline_profile_the_current_largest_types_are_shown()
    {
        var current = Profiles.Profile("B", ("Small", 10, 1), ("Large", 500, 10));

        var answer = ProfileComparison.Compare(null, current);

        Assert.IsFalse(answer.HasBaselineProfile);
        Assert.AreEqual("Large", answer.Growths[0].TypeName);
        Assert.IsNull(answer.Growths[0].BaselineBytesPerOperation);
        Assert.AreEqual(500, answer.Growths[0].Change);
    }

    [TestMethod]
    public void The_top_stack_is_the_one_of_the_largest_growth()
    {
        var samples = Enumerable.Repeat(Profiles.Sample("System.String", 40, "Concat", "Run"), 20)
            .Concat(Enumerable.Repeat(Profiles.Sample("InjectedObject", 24, "AllocateWhenEnabled", "Builder"), 20))
            .ToList();
        var current = AllocationProfiler.Build("B", samples, operations: 100);
        var baseline = current with { Types = [.. current.Types.Where(t => t.TypeName != "InjectedObject")] };

        var answer = ProfileComparison.Compare(baseline, current);

        Assert.AreEqual("InjectedObject", answer.TopStack!.TypeName);
        Assert.AreEqual("AllocateWhenEnabled", answer.TopStack.Frames[0]);
    }

    [TestMethod]
    public void A_type_that_shrank_is_listed_after_those_that_grew()
    {
        var baseline = Profiles.Profile("B", ("Gone", 50, 1), ("Same", 10, 1));
        var current = Profiles.Profile("B", ("Same", 10, 1), ("New", 24, 1));

        var answer = ProfileComparison.Compare(baseline, current);

        CollectionAssert.AreEqual(new[] { "New", "Same", "Gone" }, answer.Growths.Select(g => g.TypeName).ToArray());
        Assert.AreEqual(-50, answer.Growths[2].Change);
    }

    [TestMethod]
    public void A_small_real_growth_comes_before_a_large_type_moving_within_its_noise()
    {
        // Char[] moved by 30 B/op with a standard error of 22 B on each side: noise. InjectedObject is new: 24 ± 3.
        var baseline = Profiles.Profile("B", ("System.Char[]", 332, 22));
        var current = Profiles.Profile("B", ("System.Char[]", 362, 22), ("InjectedObject", 24, 3));

        var answer = ProfileComparison.Compare(baseline, current);

        Assert.AreEqual("InjectedObject", answer.Growths[0].TypeName);
        Assert.IsTrue(answer.Growths[0].GrewBeyondNoise);
        Assert.IsFalse(answer.Growths[1].GrewBeyondNoise);
    }

    [TestMethod]
    public void A_type_under_a_byte_per_operation_moving_within_its_noise_is_left_out()
    {
        // The runtime's EventSource table, sampled once: 0.41 B/op with a standard error of 0.39 B.
        var baseline = Profiles.Profile("B", ("System.Char[]", 332, 22));
        var current = Profiles.Profile("B", ("System.Char[]", 357, 22), ("InjectedObject", 24, 3), ("EventSource+EventMetadata[]", 0.41, 0.39));

        var answer = ProfileComparison.Compare(baseline, current);

        CollectionAssert.AreEqual(new[] { "InjectedObject", "System.Char[]" }, answer.Growths.Select(g => g.TypeName).ToArray());
    }

    [TestMethod]
    public void A_negligible_type_is_still_shown_when_it_is_all_there_is()
    {
        var current = Profiles.Profile("B", ("EventSource+EventMetadata[]", 0.41, 0.39));

        var answer = ProfileComparison.Compare(Profiles.Profile("B"), current);

        Assert.AreEqual("EventSource+EventMetadata[]", answer.Growths.Single().TypeName);
    }
}
