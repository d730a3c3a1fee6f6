using MemoryBench.Comparison;
using MemoryBench.Testing.Leaks;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing;

/// <summary>"Keeps nothing per call": retained memory per call, significant and above the limit, fails.</summary>
internal static class LeakLimit
{
    public static async ValueTask<MemoryVerdict> CheckAsync(CallLoop loop, double maxRetainedBytesPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetainedBytesPerOperation);
        var measurement = await MeasureAsync(loop).ConfigureAwait(false);
        if (Leaks(measurement, maxRetainedBytesPerOperation) && !BothEstimatesLeak(measurement, maxRetainedBytesPerOperation))
        {
            measurement = await MeasureAsync(loop).ConfigureAwait(false);
        }

        var passed = !Leaks(measurement, maxRetainedBytesPerOperation);
        return new MemoryVerdict(passed, FailureText.Leak(maxRetainedBytesPerOperation, measurement), measurement, []);
    }

    /// <summary>
    /// Retained memory first, while the operation has made few calls, so that a collection it grows doubles many times
    /// within the measured batches (see <see cref="Retention"/>); then the allocations, for the failure message.
    /// </summary>
    private static async ValueTask<AllocationMeasurement> MeasureAsync(CallLoop loop)
    {
        var retained = await Retention.MeasureAsync(loop).ConfigureAwait(false);
        var allocated = await Allocations.MeasureAsync(loop, MeasurementOptions.Default with { MeasureRetained = false }).ConfigureAwait(false);
        return allocated with { Retained = retained.Retained, RetainedEstimates = retained };
    }

    private static bool Leaks(AllocationMeasurement measurement, double limit) =>
        RetainedSignificance.Retains(measurement.Retained, limit);

    /// <remarks>
    /// A leak one estimate proves is measured again and must be confirmed: memory another thread kept for a while can
    /// make one estimate significant. A leak both prove (the median of the batches' increases and the growth over their
    /// whole span) is final: a second measurement could not see a collection that grows in lumps again, because it
    /// starts from the size the first one left, and its span would hold only a doubling or two.
    /// </remarks>
    private static bool BothEstimatesLeak(AllocationMeasurement measurement, double limit) =>
        measurement.RetainedEstimates is { } estimates
        && RetainedSignificance.Retains(estimates.BatchMedian, limit)
        && RetainedSignificance.Retains(estimates.SpanGrowth, limit);
}
