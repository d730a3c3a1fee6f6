using System.Globalization;
using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>How many benchmarks got each verdict, and the one line a reviewer reads first (verdicts in <see cref="VerdictPrecedence"/>'s order).</summary>
internal sealed record VerdictSummary(
    bool Passed,
    int Total,
    int Failed,
    int OverBudget,
    int Regressed,
    int Improved,
    int Unchanged,
    int New,
    int Removed,
    int NotRun)
{
    public static VerdictSummary Of(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        int Count(Verdict verdict) => result.Benchmarks.Count(b => b.Verdict == verdict);
        return new VerdictSummary(
            result.Passed,
            result.Benchmarks.Length - Count(Verdict.NotRun),
            Count(Verdict.Failed),
            Count(Verdict.OverBudget),
            Count(Verdict.Regressed),
            Count(Verdict.Improved),
            Count(Verdict.Unchanged),
            Count(Verdict.New),
            Count(Verdict.Removed),
            Count(Verdict.NotRun));
    }

    /// <summary>The benchmarks that fail the gate.</summary>
    public int Failing => Failed + OverBudget + Regressed + Removed;

    /// <summary>
    /// "1 over budget, 2 regressions in 34 benchmarks", "No memory regression in 34 benchmarks"; benchmarks a partial
    /// run did not select are not counted.
    /// </summary>
    public string Headline
    {
        get
        {
            if (Total == 0)
            {
                return "No benchmark results to compare";
            }

            if (Failing == 0 && !Passed)
            {
                return "No current results to compare";
            }

            var what = Failing == 0
                ? "No memory regression"
                : Join([
                    Counted(Failed, $"{Failed} failed"),
                    Counted(OverBudget, $"{OverBudget} over budget"),
                    Counted(Regressed, Plural(Regressed, "regression")),
                    Counted(Removed, $"{Removed} removed"),
                ]);
            return $"{what} in {Plural(Total, "benchmark")}";
        }
    }

    /// <summary>The changes that do not fail the gate: "1 improved, 1 new"; empty when there are none.</summary>
    public string Others => Join([
        Counted(Improved, $"{Improved} improved"),
        Counted(New, $"{New} new"),
    ]);

    private static string? Counted(int count, string text) => count > 0 ? text : null;

    private static string Join(IEnumerable<string?> parts) => string.Join(", ", parts.OfType<string>());

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
