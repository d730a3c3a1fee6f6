using System.Globalization;
using System.Text;

namespace MemoryBench.Report;

/// <summary>A small horizontal bar chart in mermaid, which GitHub draws from a ```mermaid block.</summary>
internal static class MermaidBarChart
{
    /// <summary>The chart's fenced block, one bar for each value given.</summary>
    /// <param name="title">The chart's title; fixed text, not from the input.</param>
    /// <param name="axis">The value axis' title; fixed text, not from the input.</param>
    /// <param name="bars">Labels from the input (made safe here) and values.</param>
    /// <param name="minimumMaximum">The value axis reaches at least this far, so shares of 100% keep their scale.</param>
    /// <param name="colour">The bars' colour, as "#rrggbb".</param>
    public static string Render(string title, string axis, IReadOnlyList<(string Label, double Value)> bars, string colour, double minimumMaximum = 0)
    {
        var shown = bars;
        var maximum = Math.Max(Math.Max(minimumMaximum, 1), shown.Max(b => b.Value));
        // Bars are drawn top to bottom in the order given; the height gives each one room for its label.
        var height = 90 + (34 * shown.Count);
        var chart = new StringBuilder();
        chart.Append("```mermaid\n")
            .Append("%%{init: {\"xyChart\": {\"width\": 640, \"height\": ").Append(Number(height))
            .Append("}, \"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \"").Append(colour).Append("\"}}}}%%\n")
            .Append("xychart-beta horizontal\n")
            .Append("    title \"").Append(title).Append("\"\n")
            .Append("    x-axis [").AppendJoin(", ", shown.Select(b => "\"" + MermaidText.Label(b.Label) + "\"")).Append("]\n")
            .Append("    y-axis \"").Append(axis).Append("\" 0 --> ").Append(Number(Math.Ceiling(maximum))).Append('\n')
            .Append("    bar [").AppendJoin(", ", shown.Select(b => NumberText.Significant(b.Value))).Append("]\n")
            .Append("```\n");
        return chart.ToString();
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
