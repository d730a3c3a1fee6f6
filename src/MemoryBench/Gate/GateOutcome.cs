using System.Collections.Immutable;
using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Report;

namespace MemoryBench.Gate;

/// <summary>A judged run, and what its allocation profiles say grew (nothing when the run was not profiled).</summary>
internal sealed record GateOutcome(ComparisonResult Result, ImmutableArray<WhatGrew> WhatGrew)
{
    /// <summary>The pull request report: the comparison, then "What grew".</summary>
    public string Markdown => MarkdownReport.Render(Result) + WhatGrewSection.Render(WhatGrew);

    /// <summary>The console's lines: the summary, then a few lines of "What grew" per attributed benchmark.</summary>
    public string Console(string title, bool useColour = false) =>
        ConsoleSummary.Render(Result, useColour, title) + WhatGrewConsole.Render(WhatGrew);
}
