namespace MemoryBench.Report;

/// <summary>How the markdown report is rendered.</summary>
public sealed record ReportOptions
{
    /// <summary>The MemoryBench title, the 60,000-character limit, charts drawn.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>The name in the headline.</summary>
    public string Title { get; init; } = "MemoryBench";

    /// <summary>
    /// The report's length limit in characters. GitHub refuses comments over 65,536 characters; the default leaves room
    /// for what a CI step puts around the report. Long sections are cut, with a note, to stay under it.
    /// </summary>
    public int MaxLength { get; init; } = 60_000;

    /// <summary>Whether to draw mermaid charts (paired scenarios, leaks).</summary>
    public bool Charts { get; init; } = true;
}
