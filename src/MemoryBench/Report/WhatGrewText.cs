using System.Globalization;
using MemoryBench.Attribution;

namespace MemoryBench.Report;

/// <summary>The figures of "What grew", worded once for the console and the markdown report.</summary>
internal static class WhatGrewText
{
    /// <summary>How many frames of the top stack are shown.</summary>
    public const int StackFrames = 5;

    /// <summary>"+24 B/op ± 3.1 B" or, without a baseline profile, "24 B/op ± 3.1 B"; a change within sampling noise says so.</summary>
    /// <param name="growth">The type's change.</param>
    /// <param name="signed">Whether the figure is a change (signed) or the current size.</param>
    /// <param name="ascii">Plain ASCII signs ("-", "+-"), for the console.</param>
    public static string Change(TypeGrowth growth, bool signed, bool ascii = false) =>
        (signed && growth.Change != 0 ? DeltaText.SignedSize(growth.Change, ascii) : ByteSize.Format(growth.Change))
        + (ascii ? "/op +- " : "/op ± ") + ByteSize.Format(growth.Uncertainty95)
        + (signed && growth.WithinNoise ? ", within noise" : "");

    /// <summary>"0 B → 24 B" ("->" in ASCII), or the current size alone without a baseline profile.</summary>
    public static string FromTo(TypeGrowth growth, bool ascii = false) =>
        growth.BaselineBytesPerOperation is { } before
            ? $"{ByteSize.Format(before)}{(ascii ? " -> " : " → ")}{ByteSize.Format(growth.CurrentBytesPerOperation)}"
            : ByteSize.Format(growth.CurrentBytesPerOperation);

    /// <summary>What the figures rest on, for one line under the table.</summary>
    public static string Basis(WhatGrew answer) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{answer.Current.Samples:N0} allocation samples over {answer.Current.Operations:N0} operations; ± is a 95% interval") +
        (answer.Current.SampledBy == SamplingEvent.GCAllocationTick
            ? " (GCAllocationTick: this runtime has no AllocationSampled event, so the ± is approximate)"
            : "") +
        (answer.HasBaselineProfile ? "." : "; the baseline has no allocation profile for this benchmark, so these are the current figures.");
}
