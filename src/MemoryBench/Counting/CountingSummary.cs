using System.Globalization;

namespace MemoryBench.Counting;

/// <summary>The one line the counting stage writes to the benchmark's log.</summary>
internal static class CountingSummary
{
    public static string Describe(CountingDecision decision, int chunksCounted, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var span = decision.Span;
        var lumps = decision.Lumps.Indices.Count == 0
            ? "no lumps"
            : span.AlignedToLumps
                ? $"{decision.Lumps.Indices.Count} lumps, span aligned to them ({span.Lumps} whole periods)"
                : $"{decision.Lumps.Indices.Count} lump, span not aligned";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"// MemoryBench counting: {span.Operations:N0} ops in {span.Count} of {chunksCounted} chunks, {span.AllocatedBytes:N0} B ({span.BytesPerOperation:0.###} B/op, ±{decision.ErrorBound:0.###}), gen0/1/2 {span.Gen0Collections}/{span.Gen1Collections}/{span.Gen2Collections}, {lumps}, {elapsed.TotalMilliseconds:N0} ms, stopped: {decision.Reason}");
    }
}
