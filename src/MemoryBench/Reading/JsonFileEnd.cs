namespace MemoryBench.Reading;

/// <summary>Where a file ends, as a zero-based line and byte in that line, the way System.Text.Json reports positions.</summary>
internal static class JsonFileEnd
{
    /// <summary>Whether an error at this position is at the end of the file, the mark of a truncated file.</summary>
    public static bool IsAt(string path, long line, long bytePositionInLine)
    {
        long lastLine = 0;
        long lastLineLength = 0;
        var buffer = new byte[64 * 1024];
        using var stream = File.OpenRead(path);
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == (byte)'\n')
                {
                    lastLine++;
                    lastLineLength = 0;
                }
                else
                {
                    lastLineLength++;
                }
            }
        }

        return line > lastLine || (line == lastLine && bytePositionInLine >= lastLineLength);
    }
}
