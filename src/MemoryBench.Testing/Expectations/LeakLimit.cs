using MemoryBench.Comparison;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing;

/// <summary>"Keeps nothing per call": retained memory per call, significant and above the limit, fails.</summary>
internal static class LeakLimit
{
    public static async ValueTask<MemoryVerdict> CheckAsync(CallLoop loop, double maxRetainedBytesPerOperation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetainedBytesPerOperation);
        var measurement = await Allocations.MeasureAsync(loop, MeasurementOptions.Default).ConfigureAwait(false);
        if (Leaks(measurement, maxRetainedBytesPerOperation))
        {
            measurement = await Allocations.MeasureAsync(loop, MeasurementOptions.Default).ConfigureAwait(false);
        }

        var passed = !Leaks(measurement, maxRetainedBytesPerOperation);
        return new MemoryVerdict(passed, FailureText.Leak(maxRetainedBytesPerOperation, measurement), measurement, []);
    }

    private static bool Leaks(AllocationMeasurement measurement, double limit) =>
        RetainedSignificance.Retains(measurement.Retained, limit);
}
