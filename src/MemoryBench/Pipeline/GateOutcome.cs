using System.Collections.Immutable;
using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Report;

namespace MemoryBench.Pipeline;

/// <summary>
/// A judged run, what its allocation profiles say grew (nothing when the run was not profiled), and the trend on main of
/// what regressed (empty without a history).
/// </summary>
/// <param name="result">The verdicts.</param>
/// <param name="whatGrew">What grew, by benchmark.</param>
/// <param name="inputs">Every file the comparison read: no output may be written onto one.</param>
/// <param name="trend">The trend on main of what regressed, as markdown; empty without a history.</param>
/// <param name="pairs">The run's paired scenarios (a wasteful baseline and a frugal benchmark), for the console.</param>
internal sealed class GateOutcome(
    ComparisonResult result, ImmutableArray<WhatGrew> whatGrew, ImmutableArray<string> inputs, string trend = "", ImmutableArray<ScenarioPair> pairs = default)
{
    // Rendered once, when first asked for: the report file and the job summary are the same text.
    private readonly Lazy<string> markdown = new(() => MarkdownReport.Render(result) + trend + WhatGrewSection.Render(whatGrew));

    public ComparisonResult Result { get; } = result;

    public ImmutableArray<WhatGrew> WhatGrew { get; } = whatGrew;

    public ImmutableArray<string> Inputs { get; } = inputs;

    private readonly List<string> warnings = [];

    /// <summary>Optional outputs that could not be written, one line each.</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The pull request report: the comparison, the trend on main, then "What grew".</summary>
    public string Markdown => markdown.Value;

    public void Warn(string warning) => warnings.Add(warning);

    /// <summary>The console's lines: the paired scenarios, the summary, then a few lines of "What grew" per attributed benchmark.</summary>
    public string Console(string title, bool useColour = false) =>
        (pairs.IsDefaultOrEmpty ? "" : ConsolePairs.Render(pairs) + "\n")
        + ConsoleSummary.Render(Result, useColour, title) + WhatGrewConsole.Render(WhatGrew);
}
