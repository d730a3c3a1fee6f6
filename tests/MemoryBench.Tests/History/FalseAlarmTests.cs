using MemoryBench.Comparison;
using MemoryBench.History.ChangePoints;

namespace MemoryBench.Tests.History;

/// <summary>
/// How often the detector finds a change in a series that has none: 1,000 series of 100 runs for each kind of noise,
/// seeded, so the count is the same on every machine. docs/history.md states the rate measured over more series.
/// </summary>
[TestClass]
public sealed class FalseAlarmTests
{
    private const int Series = 1000;
    private const int Runs = 100;
    private static readonly double Allowance = AllocatedBytesRule.Allowance(SyntheticHistory.Memory(1000), SyntheticHistory.Memory(1000), Thresholds.Default);
    private static readonly double Floor = Allowance / 4;

    [TestMethod]
    public void Uniform_jitter_across_the_whole_allowance_rarely_makes_a_change() =>
        AssertAtMost(2, Noise.Uniform(Allowance, rounded: true));

    [TestMethod]
    public void Normal_noise_rarely_makes_a_change() =>
        AssertAtMost(2, Noise.Normal(Allowance / 2));

    [TestMethod]
    public void Heavy_tailed_noise_rarely_makes_a_change() =>
        AssertAtMost(2, Noise.HeavyTailed(Allowance / 4));

    [TestMethod]
    public void A_steady_figure_with_rare_outliers_never_makes_a_change() =>
        AssertAtMost(0, Noise.RareOutliers(everyOneIn: 20, size: 50 * Allowance));

    internal static int FalseAlarms(Func<Random, double> noise, int series, int runs, DetectionSettings settings, double floor)
    {
        var alarms = 0;
        for (var seed = 0; seed < series; seed++)
        {
            var random = new Random(seed);
            var values = Enumerable.Range(0, runs).Select(_ => 1000 + noise(random)).ToArray();
            if (ChangePointDetector.Find(values, floor, settings).Length > 0)
            {
                alarms++;
            }
        }

        return alarms;
    }

    private static void AssertAtMost(int expected, Func<Random, double> noise)
    {
        var alarms = FalseAlarms(noise, Series, Runs, DetectionSettings.Default, Floor);
        Assert.IsLessThanOrEqualTo(expected, alarms, $"{alarms} of {Series} noise-only series of {Runs} runs had a change point");
    }
}
