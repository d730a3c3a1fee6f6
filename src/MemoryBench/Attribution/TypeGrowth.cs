namespace MemoryBench.Attribution;

/// <summary>How one type's bytes per operation moved between the baseline's profile and the current one.</summary>
/// <param name="TypeName">The type's full name.</param>
/// <param name="BaselineBytesPerOperation">Null when there is no baseline profile; 0 when it has one without this type.</param>
/// <param name="CurrentBytesPerOperation">0 when the current profile no longer samples it.</param>
/// <param name="Uncertainty95">Half the 95% interval of the change (both sides' standard errors combined).</param>
internal sealed record TypeGrowth(string TypeName, double? BaselineBytesPerOperation, double CurrentBytesPerOperation, double Uncertainty95)
{
    /// <summary>The samples the baseline's figure rests on (0 without a baseline profile).</summary>
    public int BaselineSamples { get; init; }

    /// <summary>The samples the current figure rests on.</summary>
    public int CurrentSamples { get; init; }

    /// <summary>The two-sided p-value of <see cref="SampleCountTest"/>; null without a baseline profile.</summary>
    public double? PValue { get; init; }

    /// <summary>Whether the change is beyond sampling noise once every type compared is accounted for (<see cref="HolmCorrection"/>).</summary>
    public bool Significant { get; init; }

    /// <summary>Current minus baseline; the current figure itself when there is no baseline profile.</summary>
    public double Change => CurrentBytesPerOperation - (BaselineBytesPerOperation ?? 0);

    /// <summary>Whether the change is within the sampling noise of the types compared.</summary>
    public bool WithinNoise => !Significant;

    /// <summary>Whether the type grew beyond its sampling noise.</summary>
    public bool GrewBeyondNoise => Significant && Change > 0;
}
