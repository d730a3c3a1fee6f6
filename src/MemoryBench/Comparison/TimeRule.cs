using MemoryBench.Model;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
// Perfolizer's ComparisonResult would collide with MemoryBench's own.
using EquivalenceOutcome = Perfolizer.Mathematics.Common.ComparisonResult;

namespace MemoryBench.Comparison;

/// <summary>
/// Time per operation, gated only when the user gives a threshold. Perfolizer decides on the raw
/// workload measurements of both runs: a Mann–Whitney based equivalence test against the relative
/// threshold, which looks at the whole distribution, so one slow outlier cannot move the verdict the
/// way it moves a mean.
/// </summary>
internal static class TimeRule
{
    /// <summary>
    /// One run in a thousand of unchanged code may be called slower; timings on shared CI machines
    /// are noisy and a time verdict must not cry wolf.
    /// </summary>
    public static readonly SignificanceLevel Significance = SignificanceLevel.P001;

    /// <summary>
    /// Fewer measurements per side cannot reach <see cref="Significance"/> even when every measurement
    /// of one run is slower than every one of the other (7 and 7 give p = 1/3432).
    /// </summary>
    public const int MinimumMeasurements = 7;

    /// <summary>A finding, with both figures as median nanoseconds/op; null when the time is the same within the threshold.</summary>
    public static Finding? Judge(TimeSummary? baseline, TimeSummary? current, double relativeThreshold)
    {
        if (baseline is null || current is null)
        {
            var missing = (baseline, current) switch
            {
                (null, null) => "neither run has timings",
                (null, _) => "the baseline has no timings",
                _ => "the current run has no timings",
            };
            return new Finding(
                Metric.Time, FindingKind.NotComparable, baseline?.MedianNanoseconds, current?.MedianNanoseconds,
                new Note($"{missing}."));
        }

        var before = baseline.WorkloadNanosecondsPerOperation;
        var after = current.WorkloadNanosecondsPerOperation;
        if (before.Length < MinimumMeasurements || after.Length < MinimumMeasurements)
        {
            return new Finding(
                Metric.Time, FindingKind.NotComparable, baseline.MedianNanoseconds, current.MedianNanoseconds,
                new Note($"{before.Length} workload measurements in the baseline and {after.Length} now, " +
                    $"at least {MinimumMeasurements} per side are needed (run a job with more iterations)."));
        }

        var threshold = PercentValue.Of(relativeThreshold * 100).ToThreshold();
        var test = new SimpleEquivalenceTest(MannWhitneyTest.Instance);
        var result = test.Perform(new Sample([.. after]), new Sample([.. before]), threshold, Significance);
        if (result == EquivalenceOutcome.Indistinguishable)
        {
            return null;
        }

        if (result is not (EquivalenceOutcome.Greater or EquivalenceOutcome.Lesser))
        {
            return new Finding(
                Metric.Time, FindingKind.NotComparable, baseline.MedianNanoseconds, current.MedianNanoseconds,
                new Note($"the statistical test could not decide ({result})."));
        }

        var kind = result == EquivalenceOutcome.Greater ? FindingKind.Regression : FindingKind.Improvement;
        return new Finding(
            Metric.Time, kind, baseline.MedianNanoseconds, current.MedianNanoseconds, new TimeChange(relativeThreshold, before.Length, after.Length));
    }
}
