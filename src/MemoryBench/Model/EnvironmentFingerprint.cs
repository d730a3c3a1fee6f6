namespace MemoryBench.Model;

/// <summary>What GC collection counts depend on; counts are compared only between equal fingerprints.</summary>
/// <param name="Os">Operating system as BenchmarkDotNet reports it.</param>
/// <param name="Architecture">Process architecture (X64, Arm64).</param>
/// <param name="Runtime">Runtime version.</param>
/// <param name="ProcessorCount">Logical processors.</param>
/// <param name="GcMode">Server or workstation, concurrent or not.</param>
public sealed record EnvironmentFingerprint(
    string Os,
    string Architecture,
    string Runtime,
    int ProcessorCount,
    string GcMode)
{
    /// <summary>
    /// The gen0 budget the run's benchmarks allocated under; null when the run neither pins it nor has
    /// enough collections to infer it, or when its jobs ran under different budgets.
    /// </summary>
    public Gen0Budget? Gen0Budget { get; init; }
}
