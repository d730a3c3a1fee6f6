using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>Where both runs ran, folded: it matters when collection counts could not be compared, and then the top says so.</summary>
internal static class EnvironmentSection
{
    // Environment values are short and every character can matter (a runtime's build), so they are never cut;
    // a long one may wrap.
    private const int LongestUnbrokenRun = 48;

    public static string Render(ComparisonResult result)
    {
        var baseline = result.BaselineEnvironment;
        var current = result.CurrentEnvironment;
        var rows = new (string Name, Func<EnvironmentFingerprint, string> Part)[]
        {
            ("OS", e => e.Os),
            ("Architecture", e => e.Architecture),
            ("Runtime", e => e.Runtime),
            ("Processors", e => e.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
            ("GC mode", e => e.GcMode),
            ("Gen0 budget", e => e.Gen0Budget is { } budget ? Gen0BudgetComparison.Describe(budget) : "unknown"),
        };

        var table = MarkdownTable.Of(
            [new(""), new("Baseline"), new("Current")],
            rows.Select(row =>
            {
                var before = baseline is null ? "unknown" : row.Part(baseline);
                var after = current is null ? "unknown" : row.Part(current);
                var differs = !string.Equals(before, after, StringComparison.Ordinal);
                return (IReadOnlyList<string>)[differs ? "⚠️ " + row.Name : row.Name, Value(before), Value(after)];
            }),
            "environment details");

        var summary = result.GcCountsComparable
            ? "Environments: the same, so Gen0/1/2 counts were compared"
            : "Environments: not the same, so Gen0/1/2 counts were not compared";
        var text = new StringBuilder();
        text.Append("<details><summary>").Append(summary).Append("</summary>\n\n");
        table.AppendTo(text, rows.Length);
        text.Append("\n</details>\n\n");
        return text.ToString();
    }

    private static string Value(string text) => MarkdownText.EscapeBreakable(text, LongestUnbrokenRun);
}
