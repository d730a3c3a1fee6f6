namespace MemoryBench.Comparison;

/// <summary>What a finding says about its metric.</summary>
public enum FindingKind
{
    Regression,
    Improvement,
    BudgetBreach,
    Failure,

    /// <summary>Not judged: environments differ, or one side did not measure it. Never fails the gate.</summary>
    NotComparable,
}
