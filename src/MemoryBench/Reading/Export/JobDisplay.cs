namespace MemoryBench.Reading.Export;

/// <summary>
/// The job as BenchmarkDotNet's "DisplayInfo" shows it, the only place the full JSON names it:
/// <c>Type.Method: JobId(Characteristic=Value, ...) [Parameters]</c>.
/// </summary>
/// <param name="Id">The job's id.</param>
/// <param name="GcMode">The GC mode the job's characteristics ask for ("Server, Non-concurrent"), or "default" when they set none.</param>
/// <param name="PinnedGen0Budget">The gen0 budget in bytes the job's environment variables pin (<c>DOTNET_GCgen0size</c>), or null.</param>
internal sealed record JobDisplay(string Id, string GcMode, long? PinnedGen0Budget)
{
    public const string DefaultGcMode = "default";

    /// <summary>Null when the display info names no job.</summary>
    public static JobDisplay? Parse(string displayInfo, string? methodTitle)
    {
        // The method title can hold ": " too (a description), so the job starts after "{title}: ".
        var marker = $"{methodTitle}: ";
        var start = methodTitle is null ? -1 : displayInfo.IndexOf(marker, StringComparison.Ordinal);
        start = start >= 0 ? start + marker.Length : displayInfo.IndexOf(": ", StringComparison.Ordinal) + 2;
        if (start < 2 || start >= displayInfo.Length)
        {
            return null;
        }

        var job = displayInfo.AsSpan(start);
        var idEnd = job.IndexOfAny('(', ' ');
        var id = (idEnd < 0 ? job : job[..idEnd]).ToString();
        if (id.Length == 0)
        {
            return null;
        }

        var characteristics = idEnd >= 0 && job[idEnd] == '(' ? Parenthesised(job[(idEnd + 1)..]) : [];
        return new JobDisplay(id, GcModeOf(characteristics), Gen0BudgetVariable.PinnedBytes(characteristics));
    }

    /// <summary>Server or workstation, concurrent or not, as far as the characteristics say.</summary>
    private static string GcModeOf(ReadOnlySpan<char> characteristics)
    {
        string? server = null;
        string? concurrent = null;
        foreach (var characteristic in characteristics.ToString().Split(", "))
        {
            if (characteristic == "Server=True")
            {
                server = "Server";
            }
            else if (characteristic == "Server=False")
            {
                server = "Workstation";
            }
            else if (characteristic == "Concurrent=True")
            {
                concurrent = "Concurrent";
            }
            else if (characteristic == "Concurrent=False")
            {
                concurrent = "Non-concurrent";
            }
        }

        string[] parts = [.. new[] { server, concurrent }.OfType<string>()];
        return parts.Length == 0 ? DefaultGcMode : string.Join(", ", parts);
    }

    /// <summary>The text up to the parenthesis that closes the one just before it.</summary>
    private static ReadOnlySpan<char> Parenthesised(ReadOnlySpan<char> text)
    {
        var depth = 1;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return text[..i];
            }
        }

        return text;
    }
}
