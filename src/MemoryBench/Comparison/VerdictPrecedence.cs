namespace MemoryBench.Comparison;

/// <summary>
/// The one order of verdicts, most severe first: it decides which verdict a benchmark's findings add up to, and the
/// order the reports count and list them in. Failed (a failure, or a budget that could not be checked), OverBudget,
/// Regressed, Removed, Improved, New, Unchanged, NotRun. Findings that could not be judged (NotComparable) never
/// decide a verdict.
/// </summary>
internal static class VerdictPrecedence
{
    private static readonly Verdict[] MostSevereFirst =
    [
        Verdict.Failed,
        Verdict.OverBudget,
        Verdict.Regressed,
        Verdict.Removed,
        Verdict.Improved,
        Verdict.New,
        Verdict.Unchanged,
        Verdict.NotRun,
    ];

    /// <summary>The verdict's place in the order: 0 for the most severe.</summary>
    public static int Rank(Verdict verdict)
    {
        var rank = Array.IndexOf(MostSevereFirst, verdict);
        return rank >= 0 ? rank : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict.");
    }

    /// <summary>The most severe verdict the findings call for; New or Unchanged when they call for none.</summary>
    public static Verdict Of(IEnumerable<Finding> findings, bool hasBaseline)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return findings
            .Select(finding => VerdictFor(finding.Kind, hasBaseline))
            .OfType<Verdict>()
            .Append(hasBaseline ? Verdict.Unchanged : Verdict.New)
            .MinBy(Rank);
    }

    // Without a baseline entry nothing can have grown or shrunk: a benchmark is new unless it failed or broke a budget.
    private static Verdict? VerdictFor(FindingKind kind, bool hasBaseline) => kind switch
    {
        FindingKind.Failure or FindingKind.BudgetNotChecked => Verdict.Failed,
        FindingKind.BudgetBreach => Verdict.OverBudget,
        FindingKind.Regression when hasBaseline => Verdict.Regressed,
        FindingKind.Improvement when hasBaseline => Verdict.Improved,
        _ => null,
    };
}
