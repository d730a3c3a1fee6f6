namespace MemoryBench.Comparison;

/// <summary>What a finding says about its metric.</summary>
public enum FindingKind
{
    /// <summary>The figure grew beyond its allowance against the baseline.</summary>
    Regression,

    /// <summary>The figure shrank beyond its allowance against the baseline.</summary>
    Improvement,

    /// <summary>The figure breaks an absolute budget.</summary>
    BudgetBreach,

    /// <summary>The run produced no usable measurement.</summary>
    Failure,


    /// <summary>A budget whose figure the run did not measure: it cannot be kept, so it fails the gate like a failure.</summary>
    BudgetNotChecked,

    /// <summary>Not judged: environments differ, or one side did not measure it. Never fails the gate.</summary>
    NotComparable,
}
