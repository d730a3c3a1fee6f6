using System.Text;
using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>
/// A short plain-text summary for the console and CI logs: the verdict, one line per benchmark that is not unchanged,
/// and how many are. ASCII only, so it reads the same in any log viewer.
/// </summary>
internal static class ConsoleSummary
{
    private const int MaxNameWidth = 60;
    private const int MaxFigureWidth = 28;
    private const int MaxDeltaWidth = 20;
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Bold = "\u001b[1m";
    private const string Reset = "\u001b[0m";

    /// <param name="result">The comparison.</param>
    /// <param name="useColour">Colour the verdicts with ANSI codes, for a terminal that shows them.</param>
    /// <param name="title">The name the verdict line starts with.</param>
    public static string Render(ComparisonResult result, bool useColour = false, string title = "MemoryBench")
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = VerdictSummary.Of(result);
        var names = DisplayNames.For(result.Benchmarks);
        var text = new StringBuilder();
        var versions = VersionChangeText.Of(result, ascii: true) is { } changed ? ConsoleText.Escape(changed) : null;
        var verdict = $"{ConsoleText.Escape(title)} {(summary.Passed ? "PASS" : "FAIL")}: {summary.Headline}" +
            (versions is null ? "" : $", across versions ({versions})");
        text.Append(Colour(verdict, summary.Passed ? Green : Red, useColour, bold: true)).Append('\n');
        if (DominantChange.Of(result, ascii: true) is { } dominant)
        {
            text.Append(dominant).Append('\n');
        }

        var lines = result.Benchmarks
            .Where(b => b.Verdict is not Verdict.Unchanged and not Verdict.NotRun)
            .OrderBy(b => VerdictPrecedence.Rank(b.Verdict))
            .ThenBy(b => b.Id)
            .Select(b => (Benchmark: b, Name: ConsoleText.Escape(names[b.Id]), Figures: Allocated(b), Delta: SideBySide.AllocatedDelta(b, ascii: true)))
            .ToList();
        var nameWidth = Math.Min(MaxNameWidth, lines.Select(l => l.Name.Length).DefaultIfEmpty(0).Max());
        var figureWidth = Math.Min(MaxFigureWidth, lines.Select(l => l.Figures.Length).DefaultIfEmpty(0).Max());
        var deltaWidth = Math.Min(MaxDeltaWidth, lines.Select(l => l.Delta.Length).DefaultIfEmpty(0).Max());
        foreach (var (benchmark, name, figures, delta) in lines)
        {
            var label = Label(benchmark.Verdict).PadRight(11);
            text.Append("  ").Append(Colour(label, VerdictColour(benchmark.Verdict), useColour, bold: false))
                .Append("  ").Append(name.PadRight(nameWidth))
                .Append("  ").Append(figures.PadRight(figureWidth))
                .Append("  ").Append(delta);
            if (ComparisonResult.FailsTheGate(benchmark.Verdict))
            {
                // The figures alone do not say why a budget breach, a leak or a failure fails the gate.
                var reasons = benchmark.Findings
                    .Where(f => f.Kind is not FindingKind.NotComparable and not FindingKind.Improvement)
                    .Select(f => ConsoleText.Escape(FindingText.Reason(f, ascii: true)) + ".");
                text.Append(new string(' ', Math.Max(0, deltaWidth - delta.Length))).Append("  ").AppendJoin(" ", reasons);
            }

            if (versions is not null && VersionChanges.CanHaveMoved(benchmark))
            {
                // The verdict line names the versions; each row that moved only says that it moved across them.
                text.Append("  [across versions]");
            }

            text.Append('\n');
        }

        if (summary.Unchanged > 0)
        {
            text.Append(summary.Unchanged).Append(" unchanged.\n");
        }

        if (summary.NotRun > 0)
        {
            text.Append(summary.NotRun).Append(" of the baseline not run (a partial run: ")
                .Append(ConsoleText.Escape(result.Coverage.Description)).Append("); not compared.\n");
        }

        foreach (var warning in result.Warnings)
        {
            text.Append("warning: ").Append(ConsoleText.Escape(warning)).Append('\n');
        }

        if (versions is not null)
        {
            text.Append("The baseline was measured with other versions (").Append(versions).Append("): ").Append(VersionChangeText.Advice).Append('\n');
        }

        if (!result.GcCountsComparable)
        {
            text.Append("Gen0/1/2 counts not compared");
            if (result.NotComparableReason is { Length: > 0 } reason)
            {
                text.Append(": ").Append(ConsoleText.Escape(reason));
            }

            text.Append(".\n");
        }

        return text.ToString();
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Failed => "failed",
        Verdict.OverBudget => "over budget",
        Verdict.Regressed => "regressed",
        Verdict.Improved => "improved",
        Verdict.Unchanged => "unchanged",
        Verdict.New => "new",
        Verdict.Removed => "removed",
        Verdict.NotRun => "not run",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    private static string? VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Failed or Verdict.OverBudget or Verdict.Regressed or Verdict.Removed => Red,
        Verdict.Improved => Green,
        _ => null,
    };

    private static string Colour(string text, string? colour, bool useColour, bool bold) =>
        useColour && colour is not null ? (bold ? Bold : "") + colour + text + Reset : text;

    private static string Allocated(BenchmarkComparison benchmark) =>
        SideBySide.Figures(benchmark, memory => ByteSize.Format(memory.BytesAllocatedPerOperation), " -> ");
}
