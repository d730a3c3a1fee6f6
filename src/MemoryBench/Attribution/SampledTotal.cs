namespace MemoryBench.Attribution;

/// <summary>
/// A profile's estimate of all its bytes per operation beside the bytes the counting stage counted over the same
/// operations: the samples were taken over exactly the counted span, so the two agree unless samples were lost.
/// </summary>
/// <param name="Sampled">The estimate of the total from the samples.</param>
/// <param name="Uncertainty95">Half its 95% interval.</param>
/// <param name="Counted">The counted bytes per operation.</param>
internal sealed record SampledTotal(double Sampled, double Uncertainty95, double Counted)
{
    /// <summary>
    /// Standard errors for a 99.9% interval: a disagreement says samples were lost, which a 95% interval would say
    /// of one benchmark in twenty by chance.
    /// </summary>
    public const double Z999 = 3.29;

    /// <summary>Whether the counted figure lies within the estimate's 99.9% interval.</summary>
    public bool Agrees => Math.Abs(Sampled - Counted) <= Z999 * Uncertainty95 / Estimates.Z95;

    /// <summary>The check for <paramref name="profile"/>; null when the profile does not carry its counted figure.</summary>
    public static SampledTotal? Of(AllocationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.CountedBytesPerOperation is { } counted
            ? new SampledTotal(profile.BytesPerOperation, Estimates.Z95 * profile.StandardError, counted)
            : null;
    }
}
