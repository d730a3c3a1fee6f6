using System.Globalization;
using System.Text;
using MemoryBench.History.Analysis;
using MemoryBench.Report;

namespace MemoryBench.History.Rendering;

/// <summary>
/// The history's change points as GitHub markdown: the headline, the changes in the last runs (the ones
/// <c>--fail-on-change</c> fails on), then the earlier ones folded. Every change names the benchmark, the figure, the
/// level before and after, and the run where it starts. Names from the input are escaped as in the comparison's report.
/// </summary>
internal static class HistoryMarkdown
{
    /// <summary>More rows than this per table are counted, not listed, so the report stays short enough for a comment.</summary>
    private const int MaxRows = 200;

    private static readonly Column BenchmarkColumn = new("Benchmark");
    private static readonly Column FigureColumn = new("Figure");
    private static readonly Column LevelsColumn = new("Before → after", RightAligned: true);
    private static readonly Column ChangeColumn = new("Change", RightAligned: true);
    private static readonly Column StartColumn = new("Starts at");

    /// <param name="analysis">The history and its changes.</param>
    /// <param name="recentRuns">How many of the last runs count as recent; null for every run.</param>
    public static string Render(HistoryAnalysis analysis, int? recentRuns)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var runs = analysis.History.Runs;
        var names = HistoryNames.For(analysis.Benchmarks.Select(b => b.Id));
        var firstRecent = HistoryWindow.FirstRecentRun(runs.Length, recentRuns);
        var recent = analysis.Changes.Where(c => c.Run >= firstRecent).ToList();
        var earlier = analysis.Changes.Where(c => c.Run < firstRecent).ToList();

        var text = new StringBuilder();
        var window = recentRuns is { } last ? $" in the last {Count(Math.Min(last, runs.Length))} runs" : "";
        text.Append("## ").Append(recent.Count == 0 ? "✅ " : "📈 ").Append("MemoryBench history: ")
            .Append(recent.Count == 0 ? "no change" : Changes(recent.Count)).Append(window).Append("\n\n");
        if (runs.Length > 0)
        {
            text.Append(Count(runs.Length)).Append(runs.Length == 1 ? " run" : " runs").Append(" from ")
                .Append(RunText(runs[0])).Append(" to ").Append(RunText(runs[^1])).Append(", ")
                .Append(Count(analysis.Benchmarks.Length)).Append(analysis.Benchmarks.Length == 1 ? " benchmark" : " benchmarks")
                .Append(". A change is a level that holds for at least ")
                .Append(Count(ChangePoints.DetectionSettings.Default.MinimumRuns))
                .Append(" runs on each side; 🔺 more, 🟢 less.\n\n");
        }

        if (recent.Count > 0)
        {
            text.Append("### Changes").Append(window).Append(" (").Append(Count(recent.Count)).Append(")\n\n");
            Table(recent, analysis, names).AppendTo(text, MaxRows);
            text.Append('\n');
        }

        if (earlier.Count > 0)
        {
            text.Append("<details><summary>").Append(Changes(earlier.Count)).Append(" before that</summary>\n\n");
            Table(earlier, analysis, names).AppendTo(text, MaxRows);
            text.Append("\n</details>\n\n");
        }

        return text.ToString();
    }

    private static MarkdownTable Table(List<FigureChange> changes, HistoryAnalysis analysis, HistoryNames names) =>
        MarkdownTable.Of(
            [BenchmarkColumn, FigureColumn, LevelsColumn, ChangeColumn, StartColumn],
            changes.Select(change => (IReadOnlyList<string>)[
                MarkdownCells.Name(names[change.Benchmark]),
                (change.IsIncrease ? "🔺\u00a0" : "🟢\u00a0") + FigureText.Name(change.Figure).Replace(" ", "\u00a0", StringComparison.Ordinal),
                MarkdownCells.KeepUnits(FigureText.Value(change.Figure, change.Before)) + "\u00a0→ " + MarkdownCells.KeepUnits(FigureText.Value(change.Figure, change.After)),
                MarkdownCells.KeepUnits(FigureText.Change(change.Figure, change.Before, change.After)).Replace(" (", "\u00a0(", StringComparison.Ordinal),
                RunText(analysis.History.Runs[change.Run]),
            ]),
            "changes");

    /// <summary>"<c>c0de0040</c>, 2025-01-02": the commit (escaped, though the history keeps only hexadecimal ones) and the day.</summary>
    private static string RunText(HistoryRun run)
    {
        var day = run.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return run.Commit is null ? day : $"<code>{MarkdownText.Escape(run.Label)}</code>, {day}";
    }

    private static string Changes(int count) => count == 1 ? "1 change" : $"{Count(count)} changes";

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
