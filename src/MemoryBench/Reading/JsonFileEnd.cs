namespace MemoryBench.Reading;

/// <summary>Where JSON text ends, as a zero-based line and byte in that line, the way System.Text.Json reports positions.</summary>
internal static class JsonFileEnd
{
    /// <summary>Whether an error at this position is at the end of the text, the mark of a truncated file.</summary>
    public static bool IsAt(ReadOnlySpan<byte> json, long line, long bytePositionInLine)
    {
        var lastLine = json.Count((byte)'\n');
        var lastLineLength = json.Length - (json.LastIndexOf((byte)'\n') + 1);
        return line > lastLine || (line == lastLine && bytePositionInLine >= lastLineLength);
    }
}
