namespace MemoryBench.Attribution;

/// <summary>How one type's bytes per operation moved between the baseline's profile and the current one.</summary>
/// <param name="TypeName">The type's full name.</param>
/// <param name="BaselineBytesPerOperation">Null when there is no baseline profile; 0 when it has one without this type.</param>
/// <param name="CurrentBytesPerOperation">0 when the current profile no longer samples it.</param>
/// <param name="Uncertainty95">Half the 95% interval of the change (both sides' standard errors combined).</param>
internal sealed record TypeGrowth(string TypeName, double? BaselineBytesPerOperation, double CurrentBytesPerOperation, double Uncertainty95)
{
    /// <summary>Current minus baseline; the current figure itself when there is no baseline profile.</summary>
    public double Change => CurrentBytesPerOperation - (BaselineBytesPerOperation ?? 0);

    /// <summary>
    /// Whether the change is within three standard errors. A type that did not change still moves by its sampling
    /// noise, and among several types one will by chance move by more than two standard errors; past three that
    /// happens about once in 370 types.
    /// </summary>
    public bool WithinNoise => Math.Abs(Change) <= 3 * Uncertainty95 / Estimates.Z95;

    /// <summary>Whether the type grew beyond its sampling noise (<see cref="WithinNoise"/>).</summary>
    public bool GrewBeyondNoise => Change > 0 && !WithinNoise;
}
