using System.Globalization;
using System.Text;
using System.Text.Json;
using MemoryBench.History.Analysis;

namespace MemoryBench.History.Rendering;

/// <summary>
/// The history as one static HTML page: a chart per benchmark over the runs (<see cref="SvgChart"/>), changes marked,
/// the run and its figures under the pointer, a filter by name. Everything is inline and the page's own policy forbids
/// fetching anything, so it works from a file, from GitHub Pages, or from an artifact, and shows the same offline.
/// </summary>
internal static class HistoryPage
{
    /// <param name="analysis">The history and its changes.</param>
    /// <param name="recentRuns">Show only the last runs; null for every run.</param>
    public static string Render(HistoryAnalysis analysis, int? recentRuns)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var runs = analysis.History.Runs;
        var firstRun = HistoryWindow.FirstRecentRun(runs.Length, recentRuns);
        var shownRuns = runs.Length - firstRun;
        var names = HistoryNames.For(analysis.Benchmarks.Select(b => b.Id));
        string RunLabel(int run) => $"{runs[run].Label} ({runs[run].Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";

        // Benchmarks that changed come first, the latest change first; the others follow by name.
        var benchmarks = analysis.Benchmarks
            .Where(b => b.Series.Any(s => s.Runs.Any(run => run >= firstRun)))
            .OrderByDescending(b => b.Changes.Where(c => c.Run >= firstRun).Select(c => c.Run).DefaultIfEmpty(-1).Max())
            .ThenBy(b => b.Id)
            .ToList();
        var changes = analysis.Changes.Count(c => c.Run >= firstRun);

        var page = new StringBuilder();
        page.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>MemoryBench history</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<header>\n<h1>MemoryBench history</h1>\n<p class=\"summary\">");
        if (shownRuns == 0)
        {
            page.Append("No runs yet: add one with <code>memorybench history add</code>.");
        }
        else
        {
            page.Append(Count(shownRuns, "run")).Append(" from ").Append(HtmlText.Escape(RunLabel(firstRun)))
                .Append(" to ").Append(HtmlText.Escape(RunLabel(runs.Length - 1))).Append(", ").Append(Count(benchmarks.Count, "benchmark"))
                .Append(", ").Append(Count(changes, "change")).Append(". A change is a level that holds for at least ")
                .Append(ChangePoints.DetectionSettings.Default.MinimumRuns).Append(" runs on each side; point at a chart for a run's commit and figures.");
        }

        page.Append("</p>\n<div class=\"controls\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by name\" aria-label=\"Filter benchmarks by name\" autocomplete=\"off\">")
            .Append("<label><input id=\"changed\" type=\"checkbox\"> only benchmarks that changed</label> <span id=\"shown\" aria-live=\"polite\">")
            .Append(benchmarks.Count).Append(" of ").Append(benchmarks.Count).Append(" shown</span></div>\n</header>\n<main>\n");
        foreach (var benchmark in benchmarks)
        {
            var name = HtmlText.Escape(names[benchmark.Id]);
            var recent = benchmark.Changes.Where(c => c.Run >= firstRun).OrderBy(c => c.Run).ToList();
            page.Append("<section class=\"benchmark\" data-name=\"").Append(HtmlText.Escape(benchmark.Id.Value.ToLowerInvariant()))
                .Append("\" data-changed=\"").Append(recent.Count > 0 ? "1" : "0").Append("\">\n<h2 title=\"").Append(HtmlText.Escape(benchmark.Id.Value)).Append("\">")
                .Append(name).Append("</h2>\n");
            foreach (var change in recent)
            {
                page.Append("<p class=\"note ").Append(change.IsIncrease ? "up" : "down").Append("\">").Append(change.IsIncrease ? "▲ " : "▼ ")
                    .Append(HtmlText.Escape($"{FigureText.Name(change.Figure)} {FigureText.Value(change.Figure, change.Before)} → {FigureText.Value(change.Figure, change.After)}, {FigureText.Change(change.Figure, change.Before, change.After)}, from {RunLabel(change.Run)}"))
                    .Append("</p>\n");
            }

            page.Append(SvgChart.Render(benchmark, firstRun, shownRuns, $"{name} over {shownRuns} runs", RunLabel)).Append("\n</section>\n");
        }

        page.Append("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script type=\"application/json\" id=\"runs\">")
            .Append(RunsJson(analysis.History, firstRun)).Append("</script>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>[label, commit, time] per run shown. The default encoder escapes &lt;, &gt;, &amp; and quotes, so no input can end the script element.</summary>
    private static string RunsJson(RunHistory history, int firstRun)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var run in history.Runs.Skip(firstRun))
            {
                writer.WriteStartArray();
                writer.WriteStringValue(run.Label);
                writer.WriteStringValue(run.Commit ?? "");
                writer.WriteStringValue(run.Time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private const string Style = """
        body { font: 14px/1.45 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
        header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #d0d7de; padding: 12px 24px; z-index: 1; }
        h1 { font-size: 20px; margin: 0 0 4px; }
        .summary { margin: 0 0 8px; color: #59636e; }
        .controls { display: flex; gap: 16px; align-items: center; }
        #filter { font: inherit; padding: 4px 8px; width: 320px; border: 1px solid #d0d7de; border-radius: 6px; }
        main { padding: 16px 24px; display: flex; flex-direction: column; gap: 16px; }
        .benchmark { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; width: fit-content; max-width: 100%; box-sizing: border-box; }
        .benchmark h2 { font-size: 15px; margin: 0 0 6px; overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .note { margin: 0 0 4px; font-size: 13px; }
        .note.up { color: #cf222e; } .note.down { color: #1a7f37; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        svg .plot { fill: #fff; stroke: #d0d7de; }
        svg .title { font-size: 12px; font-weight: 600; fill: #59636e; }
        svg .axis { font-size: 11px; fill: #59636e; text-anchor: end; }
        svg polyline { fill: none; stroke-width: 1.5; }
        svg .point { fill: currentColor; stroke-width: 2; }
        svg .change .marker { stroke-dasharray: 4 3; stroke-width: 1.5; }
        svg .change .level { stroke-width: 1; stroke-dasharray: 1 3; }
        svg .change.up line { stroke: #cf222e; } svg .change.up .flag { fill: #cf222e; }
        svg .change.down line { stroke: #1a7f37; } svg .change.down .flag { fill: #1a7f37; }
        svg .cursor { stroke: #59636e; stroke-width: 1; }
        #tip { position: fixed; pointer-events: none; background: #1f2328; color: #fff; padding: 6px 8px; border-radius: 6px; font-size: 12px; white-space: pre; z-index: 2; }
        """;

    private const string Script = """
        'use strict';
        (() => {
          const runs = JSON.parse(document.getElementById('runs').textContent);
          const tip = document.getElementById('tip');
          const bytes = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
          // "152*5,176*5" holds each value with how many runs in a row read it.
          function expand(text) {
            return text.split(',').flatMap(item => {
              const star = item.lastIndexOf('*');
              return star < 0 ? [item] : Array(Number(item.slice(star + 1))).fill(item.slice(0, star));
            });
          }
          const sections = [...document.querySelectorAll('section.benchmark')];
          const filter = document.getElementById('filter');
          const changed = document.getElementById('changed');
          const shown = document.getElementById('shown');
          function applyFilter() {
            const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
            let count = 0;
            for (const section of sections) {
              const visible = words.every(word => section.dataset.name.includes(word)) && (!changed.checked || section.dataset.changed === '1');
              section.hidden = !visible;
              if (visible) count++;
            }
            shown.textContent = `${count} of ${sections.length} shown`;
          }
          filter.addEventListener('input', applyFilter);
          changed.addEventListener('change', applyFilter);
          let current = null;
          function hide() {
            tip.hidden = true;
            if (current) current.querySelector('.cursor').setAttribute('visibility', 'hidden');
            current = null;
          }
          document.querySelector('main').addEventListener('mousemove', event => {
            const svg = event.target.closest && event.target.closest('svg.chart');
            if (svg !== current) hide();
            if (!svg) return;
            current = svg;
            const box = svg.getBoundingClientRect();
            const scale = box.width / svg.viewBox.baseVal.width;
            const first = Number(svg.dataset.first);
            const count = Number(svg.dataset.runs);
            const left = Number(svg.dataset.left);
            const plot = Number(svg.dataset.plot);
            const x = (event.clientX - box.left) / scale;
            const index = count <= 1 ? 0 : Math.min(count - 1, Math.max(0, Math.round((x - left) / plot * (count - 1))));
            const run = runs[index];
            if (!run) { hide(); return; }
            const cursorX = count <= 1 ? left + plot / 2 : left + index * plot / (count - 1);
            const cursor = svg.querySelector('.cursor');
            cursor.setAttribute('x1', cursorX);
            cursor.setAttribute('x2', cursorX);
            cursor.setAttribute('visibility', 'visible');
            const lines = [`${run[0]}  ${run[2]}`];
            for (const figure of svg.querySelectorAll('g.figure')) {
              const value = expand(figure.dataset.values)[index];
              if (value === undefined || value === '') continue;
              lines.push(`${figure.dataset.figure}: ${figure.dataset.bytes === '1' ? bytes.format(Number(value)) + ' B' : value}`);
            }
            tip.textContent = lines.join('\n');
            tip.hidden = false;
            tip.style.left = `${Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8)}px`;
            tip.style.top = `${event.clientY + 14}px`;
          });
          document.querySelector('main').addEventListener('mouseleave', hide);
        })();
        """;
}
