using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.History.Analysis;

namespace MemoryBench.History.Rendering;

/// <summary>
/// One benchmark's chart as inline SVG: a panel per kind of figure (allocated bytes/op; Gen0/1/2 per 1,000 operations;
/// retained bytes/op), over the runs shown as steps, with each change drawn as a line at the run where it starts and the levels
/// around it. Each panel carries its values, aligned with the runs, for the page's hover.
/// </summary>
internal static class SvgChart
{
    public const int Width = 860;
    private const int Left = 78;
    private const int Right = 12;
    private const int PanelTitle = 18;
    private const int Gap = 14;
    private const int PlotWidth = Width - Left - Right;

    private static readonly (string Name, Metric[] Figures, int Height)[] Panels =
    [
        ("Allocated/op", [Metric.AllocatedBytesPerOperation], 110),
        ("Gen0/1/2 per 1k ops", [Metric.Gen0Collections, Metric.Gen1Collections, Metric.Gen2Collections], 80),
        ("Retained/op", [Metric.RetainedBytesPerOperation], 80),
    ];

    private static readonly Dictionary<Metric, string> Colours = new()
    {
        [Metric.AllocatedBytesPerOperation] = "#0969da",
        [Metric.Gen0Collections] = "#8250df",
        [Metric.Gen1Collections] = "#bf8700",
        [Metric.Gen2Collections] = "#cf222e",
        [Metric.RetainedBytesPerOperation] = "#1a7f37",
    };

    /// <param name="benchmark">The benchmark's series and changes.</param>
    /// <param name="firstRun">The first run shown.</param>
    /// <param name="runs">How many runs are shown, from <paramref name="firstRun"/>.</param>
    /// <param name="label">What the chart shows, for readers that do not see it (already escaped).</param>
    /// <param name="runLabel">A run's name for a change's note (escaped here).</param>
    public static string Render(BenchmarkSeries benchmark, int firstRun, int runs, string label, Func<int, string> runLabel)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(runLabel);
        var shown = Panels
            .Select(panel => (panel.Name, panel.Height, Series: benchmark.Series.Where(s => panel.Figures.Contains(s.Figure)).ToList()))
            .Where(panel => panel.Series.Count > 0 && panel.Series.Any(s => s.Values.Any(v => v != 0) || s.Figure == Metric.AllocatedBytesPerOperation))
            .ToList();
        var height = shown.Sum(panel => PanelTitle + panel.Height + Gap);
        var svg = new StringBuilder();
        svg.Append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" role=\"img\" aria-label=\"").Append(label)
            .Append("\" data-first=\"").Append(firstRun).Append("\" data-runs=\"").Append(runs).Append("\" data-left=\"").Append(Left)
            .Append("\" data-plot=\"").Append(PlotWidth).Append("\">");
        var top = 0;
        foreach (var (name, panelHeight, series) in shown)
        {
            AppendPanel(svg, name, series, benchmark.Changes, top + PanelTitle, panelHeight, firstRun, runs, runLabel);
            top += PanelTitle + panelHeight + Gap;
        }

        svg.Append("<line class=\"cursor\" x1=\"0\" x2=\"0\" y1=\"0\" y2=\"").Append(height).Append("\" visibility=\"hidden\"/>");
        return svg.Append("</svg>").ToString();
    }

    public static double X(int run, int firstRun, int runs) =>
        Left + (runs <= 1 ? PlotWidth / 2.0 : (run - firstRun) * (double)PlotWidth / (runs - 1));

    private static void AppendPanel(
        StringBuilder svg, string name, List<FigureSeries> series, IEnumerable<FigureChange> changes, int top, int height, int firstRun, int runs, Func<int, string> runLabel)
    {
        var values = series.SelectMany(s => s.Runs.Zip(s.Values).Where(point => point.First >= firstRun).Select(point => point.Second)).ToList();
        var (low, high) = values.Count == 0 ? (0.0, 1.0) : (values.Min(), values.Max());
        if (high == low)
        {
            var margin = Math.Max(Math.Abs(high) * 0.01, 1);
            (low, high) = (low - margin, high + margin);
        }

        var pad = (high - low) * 0.08;
        (low, high) = (low - pad, high + pad);
        double Y(double value) => top + height - ((value - low) / (high - low) * height);
        var bytes = FigureText.IsBytes(series[0].Figure);
        var figureOfValue = series[0].Figure;

        svg.Append("<g class=\"panel\" data-name=\"").Append(name).Append("\">");
        svg.Append("<text class=\"title\" x=\"").Append(Left).Append("\" y=\"").Append(top - 5).Append("\">").Append(name).Append("</text>");
        svg.Append("<rect class=\"plot\" x=\"").Append(Left).Append("\" y=\"").Append(top).Append("\" width=\"").Append(PlotWidth)
            .Append("\" height=\"").Append(height).Append("\"/>");
        // The axis names the highest and the lowest figure shown (one, for a figure that never moved).
        var (lowest, highest) = values.Count == 0 ? (0.0, 0.0) : (values.Min(), values.Max());
        foreach (var value in lowest == highest ? [highest] : new[] { highest, lowest })
        {
            svg.Append("<text class=\"axis\" x=\"").Append(Left - 6).Append("\" y=\"").Append(Coordinate(Y(value) + 4)).Append("\">")
                .Append(HtmlText.Escape(FigureText.Value(figureOfValue, value))).Append("</text>");
        }

        foreach (var figure in series.Select(s => s.Figure).Distinct())
        {
            var aligned = new string[runs];
            foreach (var s in series.Where(s => s.Figure == figure))
            {
                for (var i = 0; i < s.Runs.Length; i++)
                {
                    if (s.Runs[i] >= firstRun)
                    {
                        aligned[s.Runs[i] - firstRun] = NumberText(s.Values[i], bytes);
                    }
                }
            }

            svg.Append("<g class=\"figure\" data-figure=\"").Append(FigureText.Name(figure)).Append("\" data-bytes=\"").Append(bytes ? "1" : "0")
                .Append("\" data-values=\"").Append(RunLength(aligned)).Append("\" stroke=\"").Append(Colours[figure]).Append("\">");
            foreach (var s in series.Where(s => s.Figure == figure))
            {
                AppendLine(svg, s, firstRun, runs, Y);
            }

            svg.Append("</g>");
        }

        foreach (var s in series)
        {
            var inSeries = changes.Where(c => c.Figure == s.Figure && s.Runs.Contains(c.Run)).OrderBy(c => c.Run).ToList();
            for (var i = 0; i < inSeries.Count; i++)
            {
                var levelStart = i == 0 ? s.Runs[0] : inSeries[i - 1].Run;
                var levelEnd = i == inSeries.Count - 1 ? s.Runs[^1] : inSeries[i + 1].Run;
                if (inSeries[i].Run >= firstRun)
                {
                    AppendChange(svg, inSeries[i], Math.Max(levelStart, firstRun), levelEnd, top, height, firstRun, runs, Y, runLabel);
                }
            }
        }

        svg.Append("</g>");
    }

    /// <summary>The series as polylines, broken where a run lacks the figure.</summary>
    private static void AppendLine(StringBuilder svg, FigureSeries series, int firstRun, int runs, Func<double, double> y)
    {
        var points = new StringBuilder();
        var count = 0;
        var (firstX, firstY) = ("", "");
        void Flush()
        {
            if (count == 1)
            {
                svg.Append("<circle class=\"point\" r=\"2\" cx=\"").Append(firstX).Append("\" cy=\"").Append(firstY).Append("\"/>");
            }
            else if (count > 1)
            {
                svg.Append("<polyline points=\"").Append(points.ToString().TrimEnd()).Append("\"/>");
            }

            points.Clear();
            count = 0;
        }

        for (var i = 0; i < series.Runs.Length; i++)
        {
            if (series.Runs[i] < firstRun)
            {
                continue;
            }

            if (count > 0 && series.Runs[i] != series.Runs[i - 1] + 1)
            {
                Flush();
            }

            // Steps, not slopes: a figure holds from one run to the next, so a change rises at the run where it starts.
            // A run that reads as the one before adds no corner; only the last of such a stretch ends the line.
            var last = i == series.Runs.Length - 1 || series.Runs[i + 1] != series.Runs[i] + 1;
            if (count > 0 && series.Values[i] == series.Values[i - 1] && !last)
            {
                continue;
            }

            var (pointX, pointY) = (Coordinate(X(series.Runs[i], firstRun, runs)), Coordinate(y(series.Values[i])));
            if (count == 0)
            {
                (firstX, firstY) = (pointX, pointY);
            }
            else
            {
                points.Append(pointX).Append(',').Append(Coordinate(y(series.Values[i - 1]))).Append(' ');
            }

            points.Append(pointX).Append(',').Append(pointY).Append(' ');
            count++;
        }

        Flush();
    }

    /// <summary>A change: a dashed line at its first run, the levels on either side up to the neighbouring changes, and a note a pointer shows.</summary>
    private static void AppendChange(
        StringBuilder svg, FigureChange change, int levelStart, int levelEnd, int top, int height, int firstRun, int runs, Func<double, double> y, Func<int, string> runLabel)
    {
        var x = Coordinate(X(change.Run, firstRun, runs));
        var note = $"{FigureText.Name(change.Figure)}: {FigureText.Value(change.Figure, change.Before)} → {FigureText.Value(change.Figure, change.After)}" +
            $", {FigureText.Change(change.Figure, change.Before, change.After)}, from {runLabel(change.Run)}";
        svg.Append("<g class=\"change ").Append(change.IsIncrease ? "up" : "down").Append("\"><title>").Append(HtmlText.Escape(note)).Append("</title>");
        Line(svg, "marker", x, x, top.ToString(CultureInfo.InvariantCulture), (top + height).ToString(CultureInfo.InvariantCulture));
        Line(svg, "level", Coordinate(X(levelStart, firstRun, runs)), x, Coordinate(y(change.Before)), Coordinate(y(change.Before)));
        Line(svg, "level", x, Coordinate(X(levelEnd, firstRun, runs)), Coordinate(y(change.After)), Coordinate(y(change.After)));
        svg.Append("<path class=\"flag\" d=\"M").Append(x).Append(' ').Append(top).Append("l-5 -7h10z\"/></g>");
    }

    private static void Line(StringBuilder svg, string kind, string x1, string x2, string y1, string y2) =>
        svg.Append("<line class=\"").Append(kind).Append("\" x1=\"").Append(x1).Append("\" x2=\"").Append(x2)
            .Append("\" y1=\"").Append(y1).Append("\" y2=\"").Append(y2).Append("\"/>");

    /// <summary>"152*5,176*5": each value with how many runs in a row read it (an empty value for runs without the figure).</summary>
    private static string RunLength(string?[] values)
    {
        var text = new StringBuilder();
        for (var i = 0; i < values.Length;)
        {
            var repeat = 1;
            while (i + repeat < values.Length && values[i + repeat] == values[i])
            {
                repeat++;
            }

            text.Append(text.Length > 0 ? "," : "").Append(values[i] ?? "");
            if (repeat > 1)
            {
                text.Append('*').Append(repeat);
            }

            i += repeat;
        }

        return text.ToString();
    }

    private static string NumberText(double value, bool bytes) =>
        bytes && value == Math.Round(value) ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
