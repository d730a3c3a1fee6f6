namespace MemoryBench.Testing;

/// <summary>How <see cref="Allocations"/> measures.</summary>
public sealed record MeasurementOptions
{
    /// <summary>The defaults: allocations and retained memory, at most 3 s of warm-up.</summary>
    public static MeasurementOptions Default { get; } = new();

    /// <summary>Whether to measure retained memory per call too (up to 10 full blocking collections, after the allocations); true by default.</summary>
    public bool MeasureRetained { get; init; } = true;

    /// <summary>
    /// The longest the warm-up waits for the runtime to finish optimising the operation's code (3 s by default).
    /// It usually ends far sooner: as soon as allocations per call have stayed the same, and no method was compiled
    /// in the process, for longer than the runtime's call-counting delay.
    /// </summary>
    public TimeSpan MaxWarmupTime { get; init; } = TimeSpan.FromSeconds(3);
}
