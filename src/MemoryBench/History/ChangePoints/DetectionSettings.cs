namespace MemoryBench.History.ChangePoints;

/// <summary>How sure the detector must be, and over how many values it looks at once.</summary>
/// <param name="MaxPValue">A change is kept when its corrected p-value is at most this (Otava's default, 0.001).</param>
/// <param name="MinimumRuns">The fewest values on each side of a change: a level must hold this long to count.</param>
/// <param name="Window">The values E-divisive looks at at once; windows overlap by half (Hunter's split, so a long series costs linear time).</param>
internal sealed record DetectionSettings(double MaxPValue, int MinimumRuns, int Window)
{
    /// <summary>
    /// 0.001, 3 and 50: the false-alarm rate these give on noise-only series, and how long a change must hold to be
    /// found, are measured in docs/history.md.
    /// </summary>
    public static DetectionSettings Default { get; } = new(0.001, 3, 50);

    /// <summary>Candidates are kept while splitting at ten times the final p-value, then merged down to it (as Hunter does).</summary>
    public double SplitPValue => Math.Min(1, MaxPValue * 10);
}
