using MemoryBench.Comparison;
using MemoryBench.History.Analysis;
using MemoryBench.History.ChangePoints;

namespace MemoryBench.Tests.History;

[TestClass]
public sealed class ChangePointTests
{
    // The comparison's allowance for 1,000 B/op over a million operations: 8 B + 0.0005% + other threads' 4 KB / 10^6.
    private static readonly double Allowance = AllocatedBytesRule.Allowance(SyntheticHistory.Memory(1000), SyntheticHistory.Memory(1000), Thresholds.Default);

    [TestMethod]
    public void A_single_step_is_found_at_the_run_where_it_starts()
    {
        var history = SyntheticHistory.Of([.. SyntheticHistory.Level(20, 1000), .. SyntheticHistory.Level(20, 1100)]);

        var changes = AllocatedChanges(history);

        Assert.HasCount(1, changes);
        Assert.AreEqual(20, changes[0].Run);
        Assert.AreEqual(1000, changes[0].Before);
        Assert.AreEqual(1100, changes[0].After);
    }

    [TestMethod]
    public void A_creep_of_four_steps_each_inside_the_allowance_is_found_where_it_starts()
    {
        Assert.IsLessThan(Allowance, 4.0, "each step must be one the pull request's comparison lets through");
        var creep = Enumerable.Range(0, 5).SelectMany(step => SyntheticHistory.Level(15, 1000 + (4 * step)));

        var changes = AllocatedChanges(SyntheticHistory.Of(creep));

        CollectionAssert.AreEqual(new[] { 15, 30, 45, 60 }, changes.Select(c => c.Run).Order().ToArray());
    }

    [TestMethod]
    public void A_creep_with_jitter_inside_the_allowance_is_found_where_it_starts()
    {
        // Each run reads up to 2 B off its level; the levels rise by 4 B four times.
        var creep = Enumerable.Range(0, 5).SelectMany(step => SyntheticHistory.Noise(20, 1000 + (4 * step), jitter: 2, seed: step));

        var changes = AllocatedChanges(SyntheticHistory.Of(creep));

        Assert.IsNotEmpty(changes);
        Assert.AreEqual(20, changes.Min(c => c.Run));
    }

    [TestMethod]
    public void Noise_within_the_allowance_is_not_a_change()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var noise = SyntheticHistory.Noise(100, 1000, jitter: Allowance, seed);

            Assert.IsEmpty(AllocatedChanges(SyntheticHistory.Of(noise)), $"seed {seed}");
        }
    }

    [TestMethod]
    public void One_outlier_is_not_a_change_wherever_it_falls()
    {
        foreach (var at in new[] { 0, 1, 20, 38, 39 })
        {
            var values = SyntheticHistory.Level(40, 1000).ToArray();
            values[at] = 6000;

            Assert.IsEmpty(AllocatedChanges(SyntheticHistory.Of(values)), $"outlier at run {at}");
        }
    }

    [TestMethod]
    public void One_outlier_in_noise_is_not_a_change()
    {
        var values = SyntheticHistory.Noise(60, 1000, jitter: 3, seed: 7).ToArray();
        values[30] = 1400;

        Assert.IsEmpty(AllocatedChanges(SyntheticHistory.Of(values)));
    }

    [TestMethod]
    public void A_blip_inside_the_allowance_for_a_few_runs_is_not_a_change()
    {
        double[] values = [.. SyntheticHistory.Level(30, 1000), .. SyntheticHistory.Level(3, 1006), .. SyntheticHistory.Level(30, 1000)];

        Assert.IsEmpty(AllocatedChanges(SyntheticHistory.Of(values)));
    }

    [TestMethod]
    public void A_level_that_holds_fewer_runs_than_the_minimum_is_not_yet_a_change()
    {
        double[] values = [.. SyntheticHistory.Level(30, 1000), .. SyntheticHistory.Level(DetectionSettings.Default.MinimumRuns - 1, 2000)];

        Assert.IsEmpty(AllocatedChanges(SyntheticHistory.Of(values)));
    }

    [TestMethod]
    public void A_step_in_a_long_history_is_found_across_the_windows()
    {
        double[] values = [.. SyntheticHistory.Noise(137, 1000, jitter: 2, seed: 1), .. SyntheticHistory.Noise(163, 1200, jitter: 2, seed: 2)];

        var changes = AllocatedChanges(SyntheticHistory.Of(values));

        Assert.HasCount(1, changes);
        Assert.AreEqual(137, changes[0].Run);
    }

    private static List<FigureChange> AllocatedChanges(MemoryBench.History.RunHistory history) =>
        [.. HistoryAnalysis.Of(history, Thresholds.Default, DetectionSettings.Default).Changes.Where(c => c.Figure == Metric.AllocatedBytesPerOperation)];
}
