using System.Text.Json.Serialization;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Why a finding says what it says, as figures: the comparison decides, the report (console, markdown, JSON) words
/// it, so a figure reads the same in a table cell and in the reason beside it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "cause")]
[JsonDerivedType(typeof(AllocationChange), "allocationChange")]
[JsonDerivedType(typeof(RateChange), "rateChange")]
[JsonDerivedType(typeof(Gen2Appeared), "gen2Appeared")]
[JsonDerivedType(typeof(LeakChange), "leakChange")]
[JsonDerivedType(typeof(TimeChange), "timeChange")]
[JsonDerivedType(typeof(OverBudget), "overBudget")]
[JsonDerivedType(typeof(BudgetUnchecked), "budgetUnchecked")]
[JsonDerivedType(typeof(Note), "note")]
public abstract record FindingCause;

/// <summary>Allocated bytes/op moved by more than <paramref name="Allowance"/>.</summary>
/// <param name="Allowance">Bytes/op the figure may move: the tolerance, the relative tolerance of the baseline and <paramref name="OtherThreads"/>.</param>
/// <param name="OtherThreads">The part of the allowance for what other threads allocate over the counted operations.</param>
public sealed record AllocationChange(double Allowance, double OtherThreads) : FindingCause;

/// <summary>A collection rate moved by more than <paramref name="Allowance"/> per 1,000 operations.</summary>
/// <param name="Baseline">The baseline's count over its operations.</param>
/// <param name="Current">The current count over its operations.</param>
/// <param name="Allowance">Both counts' noise plus the relative tolerance of the baseline rate.</param>
public sealed record RateChange(CollectionRate Baseline, CollectionRate Current, double Allowance) : FindingCause;

/// <summary>Gen2 collections where the baseline, over <paramref name="BaselineOperations"/>, had none.</summary>
public sealed record Gen2Appeared(CollectionRate Current, long BaselineOperations) : FindingCause;

/// <summary>What happened to a leak.</summary>
public enum LeakChangeKind
{
    /// <summary>The baseline retained nothing; the current run retains memory per operation.</summary>
    Introduced,

    /// <summary>Both retain memory; the current run retains more.</summary>
    Grew,

    /// <summary>Both retain memory; the current run retains less.</summary>
    Shrank,

    /// <summary>The baseline retained memory per operation; the current run retains nothing.</summary>
    Fixed,
}

/// <summary>Retained memory per operation changed beyond the tolerance and the estimates' uncertainty.</summary>
/// <param name="Change">What happened to the leak.</param>
/// <param name="Baseline">The baseline's estimate.</param>
/// <param name="Current">The current estimate.</param>
/// <param name="Allowance">
/// Bytes/op the estimate may move: the larger of the tolerance and the significance bound on the difference's standard error.
/// </param>
/// <param name="LumpFactor">For a leak in both runs, the factor it must also move by; null otherwise.</param>
public sealed record LeakChange(LeakChangeKind Change, RetainedMemory Baseline, RetainedMemory Current, double Allowance, double? LumpFactor)
    : FindingCause;

/// <summary>Time per operation differs beyond <paramref name="Threshold"/> by an equivalence test over the measurements.</summary>
public sealed record TimeChange(double Threshold, int BaselineMeasurements, int CurrentMeasurements) : FindingCause;

/// <summary>What a budget requires.</summary>
public enum BudgetRequirement
{
    /// <summary>At most a number of allocated bytes per operation.</summary>
    MaxBytesPerOperation,

    /// <summary>No Gen2 collection during the counted operations.</summary>
    NoGen2,

    /// <summary>No memory retained per operation (no leak).</summary>
    RetainsNothing,
}

/// <summary>
/// The current figure breaks a budget declared by <paramref name="Source"/>; the finding's baseline figure is the limit.
/// </summary>
/// <param name="Requirement">What the budget requires.</param>
/// <param name="Source">Where the budget was declared.</param>
/// <param name="Collections">For the no-Gen2 budget: the Gen2 collections over the counted operations.</param>
/// <param name="Retained">For the retains-nothing budget: the estimate, with its uncertainty.</param>
public sealed record OverBudget(BudgetRequirement Requirement, string Source, CollectionRate? Collections = null, RetainedMemory? Retained = null)
    : FindingCause;

/// <summary>A budget the run could not check, because it did not measure <paramref name="Missing"/>.</summary>
/// <param name="Requirement">What the budget requires; the finding's baseline figure is the limit.</param>
/// <param name="Source">Where the budget was declared.</param>
/// <param name="Missing">What was not measured and how to measure it.</param>
public sealed record BudgetUnchecked(BudgetRequirement Requirement, string Source, string Missing) : FindingCause;

/// <summary>A finding without figures to weigh (a failure, something not compared): its explanation in words.</summary>
public sealed record Note(string Text) : FindingCause;
