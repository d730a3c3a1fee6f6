namespace MemoryBench.Comparison;

/// <summary>
/// One reason behind a verdict: which metric, both figures, and the cause with the figures it was judged by.
/// Figures are in the metric's unit: bytes per operation, collections per 1,000 operations
/// (Gen0/1/2), median nanoseconds per operation (time).
/// </summary>
/// <param name="Metric">The figure concerned.</param>
/// <param name="Kind">What happened to it.</param>
/// <param name="Baseline">The baseline figure (or the budget's limit for a breach); null when there is none.</param>
/// <param name="Current">The current figure; null when there is none.</param>
/// <param name="Cause">Why, as figures; the report words it.</param>
public sealed record Finding(Metric Metric, FindingKind Kind, double? Baseline, double? Current, FindingCause Cause);
