using System.Collections.Immutable;
using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Report;

namespace MemoryBench.Gate;

/// <summary>
/// A judged run, what its allocation profiles say grew (nothing when the run was not profiled), and the trend on main of
/// what regressed (empty without a history).
/// </summary>
internal sealed class GateOutcome(ComparisonResult result, ImmutableArray<WhatGrew> whatGrew, string trend = "")
{
    // Rendered once, when first asked for: the report file and the job summary are the same text.
    private readonly Lazy<string> markdown = new(() => MarkdownReport.Render(result) + trend + WhatGrewSection.Render(whatGrew));

    public ComparisonResult Result { get; } = result;

    public ImmutableArray<WhatGrew> WhatGrew { get; } = whatGrew;

    /// <summary>The pull request report: the comparison, the trend on main, then "What grew".</summary>
    public string Markdown => markdown.Value;

    /// <summary>The console's lines: the summary, then a few lines of "What grew" per attributed benchmark.</summary>
    public string Console(string title, bool useColour = false) =>
        ConsoleSummary.Render(Result, useColour, title) + WhatGrewConsole.Render(WhatGrew);
}
