namespace MemoryBench.Attribution;

/// <summary>
/// Whether the types "What grew" lists add up to the change the counting stage measured: the counted change in bytes
/// per operation is exact, the listed types' changes are estimates with an uncertainty.
/// </summary>
/// <param name="CountedChange">Current minus baseline allocated bytes per operation, as counted.</param>
/// <param name="CountedUncertainty">How far the counted change may be off: 0 when both sides' exact counted figures are known, 1 B/op when one side's is the export's whole bytes per operation.</param>
/// <param name="ListedChange">The sum of the listed types' changes.</param>
/// <param name="ListedUncertainty95">Half the 95% interval of that sum (the types' standard errors combined).</param>
/// <param name="TypesCompared">How many types were compared (the correction for multiple comparisons runs over them).</param>
/// <param name="TypesListed">How many types changed beyond noise and are listed.</param>
internal sealed record Reconciliation(
    double CountedChange,
    double CountedUncertainty,
    double ListedChange,
    double ListedUncertainty95,
    int TypesCompared,
    int TypesListed)
{
    /// <summary>The part of the counted change the listed types do not account for.</summary>
    public double Unexplained => CountedChange - ListedChange;

    /// <summary>Whether the listed types sum to the counted change within their uncertainty (and the count's).</summary>
    public bool AddsUp => Math.Abs(Unexplained) <= ListedUncertainty95 + CountedUncertainty;
}
