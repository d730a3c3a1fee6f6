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
        Verdict.Improved => 3,
        Verdict.New => 4,
        Verdict.Removed => 5,
        Verdict.Unchanged => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
