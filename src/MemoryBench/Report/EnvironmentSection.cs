using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// Where both runs ran and what measured them, folded: it matters when collection counts could not be compared or the
/// versions differ, and then the top says so.
/// </summary>
internal static class EnvironmentSection
{
    // Environment values are short and every character can matter (a runtime's build), so they are never cut;
    // a long one may wrap.
    private const int LongestUnbrokenRun = 48;

    public static string Render(ComparisonResult result)
    {
        var rows = new (string Name, Func<EnvironmentFingerprint?, Toolchain?, string> Part)[]
        {
            ("OS", (e, _) => e?.Os ?? "unknown"),
            ("Architecture", (e, _) => e?.Architecture ?? "unknown"),
            ("Runtime", (e, _) => e?.Runtime ?? "unknown"),
            ("Processors", (e, _) => e?.ProcessorCount.ToString(CultureInfo.InvariantCulture) ?? "unknown"),
            ("GC mode", (e, _) => e?.GcMode ?? "unknown"),
            ("Gen0 budget", (e, _) => e?.Gen0Budget is { } budget ? Gen0BudgetComparison.Describe(budget) : "unknown"),
            ("BenchmarkDotNet", (_, t) => t?.BenchmarkDotNet ?? "unknown"),
            ("MemoryBench", (_, t) => t is null ? "unknown" : t.MemoryBench ?? "not used"),
        };

        var table = MarkdownTable.Of(
            [new(""), new("Baseline"), new("Current")],
            rows.Select(row =>
            {
                var before = row.Part(result.BaselineEnvironment, result.BaselineToolchain);
                var after = row.Part(result.CurrentEnvironment, result.CurrentToolchain);
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
