using MemoryBench.Testing.Measuring;
using MemoryBench.Testing.Sampling;
using MemoryBench.Testing.Warmup;

namespace MemoryBench.Testing;

/// <summary>"At most N bytes per call": measured, confirmed when broken, explained with the allocated types.</summary>
internal static class AllocationLimit
{
    public const int TypesShown = 5;

    private static readonly MeasurementOptions AllocationsOnly = new() { MeasureRetained = false };

    public static async ValueTask<MemoryVerdict> CheckAsync(CallLoop loop, long maxBytesPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytesPerOperation);
        var measurement = await Allocations.MeasureAsync(loop, AllocationsOnly).ConfigureAwait(false);
        if (measurement.BytesPerOperation > maxBytesPerOperation)
        {
            measurement = await Allocations.MeasureAsync(loop, AllocationsOnly).ConfigureAwait(false);
        }

        if (measurement.BytesPerOperation <= maxBytesPerOperation)
        {
            return new MemoryVerdict(true, FailureText.Allocations(maxBytesPerOperation, measurement, []), measurement, []);
        }

        var callsPerRound = Math.Clamp(measurement.Operations / RoundLumps.SteadyRounds, 1, OptimisedTier.MaxCallsPerRound);
        var types = await AllocationSampling.TopTypesAsync(loop, callsPerRound, measurement.BytesPerOperation, TypesShown)
            .ConfigureAwait(false);
        return new MemoryVerdict(false, FailureText.Allocations(maxBytesPerOperation, measurement, types), measurement, types);
    }
}
