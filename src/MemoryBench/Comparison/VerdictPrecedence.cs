namespace MemoryBench.Comparison;

/// <summary>
/// The one verdict a benchmark's findings add up to: Failed (a failure, or a budget that could not be checked), then OverBudget, then Regressed, then
/// Improved; a benchmark with none of those is Unchanged, or New when it has no baseline entry.
/// Findings that could not be judged (NotComparable) never decide a verdict.
/// </summary>
public static class VerdictPrecedence
{
    public static Verdict Of(IEnumerable<Finding> findings, bool hasBaseline)
    {
        var kinds = findings.Select(finding => finding.Kind).ToHashSet();
        if (kinds.Contains(FindingKind.Failure) || kinds.Contains(FindingKind.BudgetNotChecked))
        {
            return Verdict.Failed;
        }

        if (kinds.Contains(FindingKind.BudgetBreach))
        {
            return Verdict.OverBudget;
        }

        if (!hasBaseline)
        {
            return Verdict.New;
        }

        if (kinds.Contains(FindingKind.Regression))
        {
            return Verdict.Regressed;
        }

        return kinds.Contains(FindingKind.Improvement) ? Verdict.Improved : Verdict.Unchanged;
    }
}
