using MemoryBench.Testing.Measuring;
using MemoryBench.Testing.Sampling;
using MemoryBench.Testing.Warmup;

namespace MemoryBench.Testing;

/// <summary>
/// "At most N bytes per call": passes only when the figure is under the limit with certainty, fails only when it is
/// over it in two measurements, and otherwise measures again; a broken promise is explained with the allocated types.
/// </summary>
/// <remarks>
/// A figure counted on the calling thread before the counting's time limit is exact, and decides at once. One counted
/// at the time limit is known to within its error (lumps not amortised): only the whole range decides. One counted
/// process-wide (calls that completed on other threads) includes other threads' allocations: it proves a pass, never a
/// failure. A failure is confirmed by a second measurement, since code still being optimised allocates more, never
/// less. What no measurement decides fails as inconclusive, saying so.
/// </remarks>
internal static class AllocationLimit
{
    public const int TypesShown = 5;

    /// <summary>Measurements at most before an undecided figure fails as inconclusive.</summary>
    public const int MostMeasurements = 3;

    private static readonly MeasurementOptions AllocationsOnly = new() { MeasureRetained = false };

    public static async ValueTask<MemoryVerdict> CheckAsync(CallLoop loop, long maxBytesPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytesPerOperation);
        AllocationMeasurement measurement;
        var over = 0;
        var measurements = 0;
        while (true)
        {
            measurement = await Allocations.MeasureAsync(loop, AllocationsOnly).ConfigureAwait(false);
            measurements++;
            var (passes, fails) = Judge(measurement, maxBytesPerOperation);
            if (passes)
            {
                return new MemoryVerdict(true, FailureText.Allocations(maxBytesPerOperation, measurement, [], inconclusive: false), measurement, []);
            }

            over += fails ? 1 : 0;
            if (over >= 2 || measurements >= MostMeasurements)
            {
                break;
            }
        }

        var callsPerRound = Math.Clamp(measurement.Operations / CountedRounds.FewestRounds, 1, OptimisedTier.MaxCallsPerRound);
        var types = await AllocationSampling.TopTypesAsync(loop, callsPerRound, measurement.BytesPerOperation, TypesShown)
            .ConfigureAwait(false);
        return new MemoryVerdict(false, FailureText.Allocations(maxBytesPerOperation, measurement, types, inconclusive: over < 2), measurement, types);
    }

    /// <summary>Whether the figure is under the limit with certainty, and whether it is over it.</summary>
    public static (bool Passes, bool Fails) Judge(AllocationMeasurement measurement, long maxBytesPerOperation)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        var error = measurement.IsPrecise ? 0 : measurement.ErrorBytesPerOperation;
        var onThread = measurement.Counting == AllocationCounting.CurrentThread;
        return (
            measurement.BytesPerOperation + error <= maxBytesPerOperation,
            onThread && measurement.BytesPerOperation - error > maxBytesPerOperation);
    }
}
