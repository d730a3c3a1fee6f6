using MemoryBench.Comparison;
using MemoryBench.Report;
using static MemoryBench.Tests.Comparison.ResultBuilder;

namespace MemoryBench.Tests.Comparison;

[TestClass]
public sealed class TimeRuleTests
{
    private const double FivePercent = 0.05;

    [TestMethod]
    public void Identical_measurements_are_the_same_time()
    {
        Assert.IsNull(TimeRule.Judge(Times(Around(100)), Times(Around(100)), FivePercent));
    }

    [TestMethod]
    public void Clearly_slower_measurements_are_a_regression()
    {
        var finding = TimeRule.Judge(Times(Around(100)), Times(Around(150)), FivePercent);

        Assert.AreEqual(FindingKind.Regression, finding?.Kind);
        Assert.AreEqual(Metric.Time, finding?.Metric);
        Assert.AreEqual(new TimeChange(FivePercent, 10, 10), finding?.Cause);
        Assert.AreEqual("Time 100 ns\u00a0\u2192 151 ns median (+50.0%), threshold 5% (10 and 10 measurements)", FindingText.Reason(finding!));
    }

    [TestMethod]
    public void Clearly_faster_measurements_are_an_improvement()
    {
        Assert.AreEqual(FindingKind.Improvement, TimeRule.Judge(Times(Around(100)), Times(Around(50)), FivePercent)?.Kind);
    }

    [TestMethod]
    public void Slowdown_within_the_threshold_is_the_same_time()
    {
        Assert.IsNull(TimeRule.Judge(Times(Around(100)), Times(Around(102)), FivePercent));
    }

    [TestMethod]
    public void Decision_follows_the_distribution_not_the_mean()
    {
        // One huge outlier doubles the current mean; the other nine measurements are the baseline's.
        double[] withOutlier = [.. Around(100)[..9], 1_100];

        Assert.IsNull(TimeRule.Judge(Times(Around(100)), Times(withOutlier), FivePercent));
    }

    [TestMethod]
    public void Too_few_measurements_are_not_comparable_and_say_how_many_are_needed()
    {
        var finding = TimeRule.Judge(Times(100, 101, 102), Times(300, 301, 302), FivePercent);

        Assert.AreEqual(FindingKind.NotComparable, finding?.Kind);
        Assert.AreEqual(
            "Time not compared: 3 workload measurements in the baseline and 3 now, at least 7 per side are needed (run a job with more iterations)",
            FindingText.Reason(finding!));
    }

    [TestMethod]
    public void Exactly_the_minimum_number_of_measurements_is_enough()
    {
        var baseline = Around(100)[..TimeRule.MinimumMeasurements];
        var current = Around(200)[..TimeRule.MinimumMeasurements];

        Assert.AreEqual(FindingKind.Regression, TimeRule.Judge(Times(baseline), Times(current), FivePercent)?.Kind);
    }

    [TestMethod]
    public void Missing_timings_are_not_comparable()
    {
        Assert.AreEqual(FindingKind.NotComparable, TimeRule.Judge(null, Times(Around(100)), FivePercent)?.Kind);
    }
}
