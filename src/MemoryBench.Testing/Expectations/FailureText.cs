using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.Testing.Sampling;

namespace MemoryBench.Testing;

/// <summary>What a verdict tells a person: the promise, the measured figure, how it was measured, and the suspects.</summary>
internal static class FailureText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Allocations(long maxBytesPerOperation, AllocationMeasurement measurement, IReadOnlyList<AllocatedType> types)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"Expected at most {Bytes(maxBytesPerOperation)} per call, measured {Bytes(measurement.BytesPerOperation)} per call");
        if (measurement.BytesPerOperation > maxBytesPerOperation)
        {
            text.Append(Invariant, $" ({Bytes(measurement.BytesPerOperation - maxBytesPerOperation)} over)");
        }

        text.Append(Invariant, $": {measurement.AllocatedBytes:N0} B over {measurement.Operations:N0} calls {Scope(measurement)}, ");
        text.Append(Steadiness(measurement));
        text.Append(Invariant, $"; Gen0/1/2 collections {measurement.Gen0Collections}/{measurement.Gen1Collections}/{measurement.Gen2Collections}.");
        if (types.Count > 0)
        {
            text.AppendLine();
            text.Append(Invariant, $"Allocated types ({AllocationSampleListener.EventNameOfThisRuntime} sampling, top {types.Count}, estimated per call):");
            var width = types.Max(type => type.TypeName.Length);
            foreach (var type in types)
            {
                text.AppendLine();
                text.Append(Invariant, $"  {type.TypeName.PadRight(width)}  {type.Share,6:P1}  ~{Bytes(type.EstimatedBytesPerOperation)}  ({type.Samples} {(type.Samples == 1 ? "sample" : "samples")})");
            }
        }
        else if (measurement.BytesPerOperation > maxBytesPerOperation)
        {
            text.AppendLine();
            text.Append("No allocation sample fell on the calls (too few bytes in the time allowed for sampling).");
        }

        return text.ToString();
    }

    public static string Leak(double maxRetainedBytesPerOperation, AllocationMeasurement measurement)
    {
        var retained = measurement.Retained ?? throw new ArgumentException("The measurement has no retained memory.", nameof(measurement));
        var text = new StringBuilder();
        text.Append(Invariant, $"Expected at most {Bytes(maxRetainedBytesPerOperation)} kept per call, measured {Bytes(retained.BytesPerOperation)} per call");
        text.Append(Invariant, $" (standard error {Bytes(retained.StandardErrorBytes)}; a leak counts above the limit and above {RetainedSignificance.StandardErrors:0} standard errors)");
        text.Append(": the heap surviving full collections after a warm-up batch and batches of calls that double. ");
        text.Append(Invariant, $"Allocated meanwhile: {Bytes(measurement.BytesPerOperation)} per call {Scope(measurement)}.");
        return text.ToString();
    }

    private static string Steadiness(AllocationMeasurement measurement) => (measurement.IsSteady, measurement.LumpPeriods) switch
    {
        (false, _) => "an average: no three rounds allocated the same (a cache filling up?)",
        (true, 0) => "the same in every steady round",
        (true, 1) => "lumps included: counted over 1 lump, from just after the one before it",
        (true, var lumps) => string.Create(Invariant, $"lumps included: counted over {lumps} lumps, from just after the one before them"),
    };

    private static string Scope(AllocationMeasurement measurement) => measurement.Counting == AllocationCounting.CurrentThread
        ? "on the calling thread"
        : "in the whole process (some calls completed on other threads, whose allocations are counted too)";

    private static string Bytes(double bytes) =>
        Math.Abs(bytes - Math.Round(bytes)) < 0.005
            ? string.Format(Invariant, "{0:N0} B", Math.Round(bytes))
            : string.Format(Invariant, "{0:N2} B", bytes);
}
