using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Tool.Benchmarks.Synthetic;

/// <summary>A run of 10,000 benchmarks against its baseline, a few of them changed (its figures: docs/measurements.md).</summary>
public static class TenThousandBenchmarks
{
    public const int Count = 10_000;
    public const int Regressions = 5;
    public const int Improvements = 4;

    public static RunResults Baseline() => SyntheticSuite.Baseline(Count);

    public static RunResults Current(RunResults baseline) =>
        SyntheticSuite.Changed(baseline, regressionEvery: Count / Regressions, improvementEvery: Count / Improvements);

    /// <summary>Stops a benchmark that would measure something else: every benchmark new, or no regression.</summary>
    /// <exception cref="InvalidOperationException">The comparison is not the one this workload is about.</exception>
    public static ComparisonResult Checked(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdicts = result.Benchmarks.CountBy(benchmark => benchmark.Verdict).ToDictionary();
        if (result.Benchmarks.Length != Count
            || verdicts.GetValueOrDefault(Verdict.Regressed) != Regressions
            || verdicts.GetValueOrDefault(Verdict.Improved) != Improvements
            || verdicts.GetValueOrDefault(Verdict.Unchanged) != Count - Regressions - Improvements)
        {
            throw new InvalidOperationException(
                $"Expected {Count} benchmarks, {Regressions} regressed and {Improvements} improved; got {string.Join(", ", verdicts.Select(v => $"{v.Value} {v.Key}"))}.");
        }

        return result;
    }
}
