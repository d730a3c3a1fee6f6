using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>A retained-memory estimate with its standard error, the same in the Leaks table and in the reasons.</summary>
internal static class RetainedText
{
    /// <summary>"48.1 B ± 0.6 B"; a negative estimate (noise around zero) with a minus sign.</summary>
    public static string Of(RetainedMemory retained, bool ascii = false)
    {
        var bytes = retained.BytesPerOperation;
        var size = bytes < 0 ? DeltaText.SignedSize(bytes, ascii) : ByteSize.Format(bytes);
        return $"{size} {(ascii ? "+-" : "\u00b1")} {ByteSize.Format(retained.StandardErrorBytes)}";
    }
}
