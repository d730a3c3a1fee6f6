using System.Globalization;
using System.Text;
using MemoryBench.History.Analysis;
using MemoryBench.Report;

namespace MemoryBench.History.Rendering;

/// <summary>The history report's console lines: how many runs and changes, then the recent changes, one a line.</summary>
internal static class HistoryConsole
{
    private const int MaxLines = 20;

    public static string Render(HistoryAnalysis analysis, int? recentRuns)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var runs = analysis.History.Runs;
        var firstRecent = HistoryWindow.FirstRecentRun(runs.Length, recentRuns);
        var recent = analysis.Changes.Where(c => c.Run >= firstRecent).ToList();
        var names = HistoryNames.For(analysis.Benchmarks.Select(b => b.Id));
        var text = new StringBuilder();
        var window = recentRuns is { } last ? $", {recent.Count} in the last {Math.Min(last, runs.Length)} run(s)" : "";
        text.Append(CultureInfo.InvariantCulture, $"MemoryBench history: {runs.Length} run(s), {analysis.Benchmarks.Length} benchmark(s), {analysis.Changes.Length} change(s){window}\n");
        foreach (var change in recent.Take(MaxLines))
        {
            var run = runs[change.Run];
            text.Append("  ").Append(change.IsIncrease ? "more " : "less ").Append(ConsoleText.Escape(names[change.Benchmark])).Append("  ")
                .Append(FigureText.Name(change.Figure)).Append("  ")
                .Append(FigureText.Value(change.Figure, change.Before)).Append(" -> ").Append(FigureText.Value(change.Figure, change.After))
                .Append("  ").Append(FigureText.Change(change.Figure, change.Before, change.After, ascii: true))
                .Append("  from ").Append(ConsoleText.Escape(run.Label)).Append(CultureInfo.InvariantCulture, $" ({run.Time:yyyy-MM-dd})\n");
        }

        if (recent.Count > MaxLines)
        {
            text.Append(CultureInfo.InvariantCulture, $"  ... and {recent.Count - MaxLines} more (see --markdown or --html)\n");
        }

        return text.ToString();
    }
}
