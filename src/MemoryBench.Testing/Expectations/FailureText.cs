using System.Globalization;
using System.Text;
using MemoryBench.Report;
using MemoryBench.Testing.Leaks;
using MemoryBench.Testing.Sampling;

namespace MemoryBench.Testing;

/// <summary>What a verdict tells a person: the promise, the measured figure, how it was measured, and the suspects.</summary>
internal static class FailureText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Allocations(long maxBytesPerOperation, AllocationMeasurement measurement, IReadOnlyList<AllocatedType> types, bool inconclusive)
    {
        var text = new StringBuilder();
        if (inconclusive)
        {
            text.Append("Inconclusive: ");
        }

        text.Append(Invariant, $"Expected at most {Bytes(maxBytesPerOperation)} per call, measured {Bytes(measurement.BytesPerOperation)} per call");
        if (measurement.BytesPerOperation > maxBytesPerOperation)
        {
            text.Append(Invariant, $" ({Bytes(measurement.BytesPerOperation - maxBytesPerOperation)} over)");
        }

        text.Append(Invariant, $": {measurement.AllocatedBytes:N0} B over {measurement.Operations:N0} calls {Scope(measurement)}, ");
        text.Append(Steadiness(measurement));
        text.Append(Invariant, $"; Gen0/1/2 collections {measurement.Gen0Collections}/{measurement.Gen1Collections}/{measurement.Gen2Collections}.");
        if (inconclusive)
        {
            text.AppendLine();
            text.Append(measurement.Counting == AllocationCounting.Process
                ? "Counted process-wide, the figure includes what other threads allocated meanwhile: it can prove a pass, not a failure. For a clean reading, run this test alone (--filter) or without parallelization ([DoNotParallelize] on its class)."
                : "The figure's error (lumps too rare or irregular to amortise in the counting's time) spans the limit. An operation whose lumps come less often would be judged over fewer calls per lump: measure it with Allocations.Measure to see its figure.");
        }

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

    public static string Leak(double maxRetainedBytesPerOperation, LeakMeasurement measured, CensusResult? census)
    {
        var judgement = measured.Judgement;
        var retained = judgement.Retained;
        var text = new StringBuilder();
        text.Append(Invariant, $"Expected at most {Bytes(maxRetainedBytesPerOperation)} kept per call, ");
        text.Append(judgement.Verdict switch
        {
            LeakVerdict.KeepsWithinThreshold when judgement.ByAllocation => string.Create(Invariant, $"and the calls allocated {Bytes(judgement.CallsAllocatedPerCall)} per call on the calling thread: they cannot keep more"),
            LeakVerdict.KeepsWithinThreshold => string.Create(Invariant, $"measured {Bytes(retained.BytesPerOperation)} per call, at most {Bytes(Upper(retained))} with confidence"),
            LeakVerdict.KeepsMore => string.Create(Invariant, $"measured {Bytes(retained.BytesPerOperation)} per call, at least {Bytes(Lower(retained))} with confidence"),
            _ => string.Create(Invariant, $"but the measurement is inconclusive: {Bytes(retained.BytesPerOperation)} per call, somewhere between {Bytes(Math.Max(0, Lower(retained)))} and {Bytes(Upper(retained))}"),
        });
        text.Append(Invariant, $" (standard error {Bytes(retained.StandardErrorBytes)}; {Bytes(measured.Threshold)} per call and {LeakJudgement.StandardErrors:0} standard errors decide).");
        text.AppendLine();
        text.Append(Invariant, $"Measured: the heap surviving a full collection after each batch of calls (batches that double); judged on the last {judgement.Batches} batches, {judgement.Calls:N0} calls ({measured.Calls:N0} in all), in {measured.Elapsed.TotalSeconds:0.0} s. ");
        text.Append(Invariant, $"The calls allocated {Bytes(judgement.CallsAllocatedPerCall)} per call meanwhile {(judgement.CountedOnThread ? "on the calling thread" : "in the whole process (some calls completed on other threads)")}");
        text.Append(Invariant, $"; the rest of the process, {Bytes(judgement.OtherAllocatedBytes)}.");
        if (judgement.Verdict == LeakVerdict.Undecided)
        {
            text.AppendLine();
            text.Append(Invariant, $"The surviving heap is the whole process's: what tests running beside this one keep for a while moves every reading, and {measured.Elapsed.TotalSeconds:0} s of readings could not tell the calls' memory from theirs. ");
            text.Append("For a clean reading, run this test alone (--filter) or without parallelization ([DoNotParallelize] on its class).");
        }

        if (census is { Types: { } types })
        {
            text.AppendLine();
            text.Append("What is retained: ").Append(RetainedTypesText.Basis(types, ascii: true));
            foreach (var type in types.Types)
            {
                text.AppendLine();
                text.Append("  ").Append(type.TypeName).Append("  ").Append(RetainedTypesText.Figures(type));
            }
        }
        else if (census is { Failure: { } failure })
        {
            text.AppendLine();
            text.Append("What is retained: no heap snapshot could be taken (").Append(failure).Append(").");
        }

        return text.ToString();
    }

    private static double Upper(MemoryBench.Model.RetainedMemory retained) => retained.BytesPerOperation + (LeakJudgement.StandardErrors * retained.StandardErrorBytes);

    private static double Lower(MemoryBench.Model.RetainedMemory retained) => retained.BytesPerOperation - (LeakJudgement.StandardErrors * retained.StandardErrorBytes);

    private static string Steadiness(AllocationMeasurement measurement) => (measurement.IsPrecise, measurement.LumpPeriods) switch
    {
        (false, _) => string.Create(Invariant, $"known to within {Bytes(measurement.ErrorBytesPerOperation)} per call at the counting's time limit (lumps too rare or irregular to amortise)"),
        (true, 0) => "no lumps to amortise",
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
