using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>The order verdicts are listed in, the same as the headline counts them: regressions first.</summary>
internal static class VerdictOrder
{
    public static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Regressed => 0,
        Verdict.OverBudget => 1,
        Verdict.Failed => 2,
        Verdict.Removed => 3,
        Verdict.Improved => 4,
        Verdict.New => 5,
        Verdict.Unchanged => 6,
        Verdict.NotRun => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
