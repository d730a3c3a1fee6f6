using System.CommandLine;
using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.History;
using MemoryBench.History.Analysis;
using MemoryBench.History.ChangePoints;
using MemoryBench.History.Rendering;
using MemoryBench.History.Store;
using MemoryBench.Reading;
using MemoryBench.Report;

namespace MemoryBench.Cli.Commands;

/// <summary><c>memorybench history</c>: keep the default branch's runs, find where each figure changed, chart them, export them.</summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter output) =>
        new("history", "Keep every run of the default branch in a folder of small files, find change points, draw a page of charts, export OpenMetrics.")
        {
            Add(output), ReportCommand(output), Export(output),
        };

    private static Command Add(TextWriter output)
    {
        var history = HistoryOption("The history folder (made when it does not exist; it can live on a branch of its own).");
        var from = FromOption();
        var commit = new Option<string?>("--commit") { Description = "The commit the run measured; a run of a commit already in the history replaces it.", HelpName = "sha" };
        var time = new Option<string?>("--time") { Description = "When the run was made, ISO 8601 (default: now). The history is ordered by it: give the commit's time.", HelpName = "time" };
        var command = new Command("add", "Add a run (BenchmarkDotNet exports) to a history, under a lock; the same commit again replaces its run.")
        {
            history, from, commit, time,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(history)!;
            var run = HistoryRun.From(
                BenchmarkDotNetReader.Read([.. parsed.GetValue(from)!]),
                ParseCommit(parsed.GetValue(commit)),
                ParseTime(parsed.GetValue(time)) ?? DateTimeOffset.UtcNow);
            if (run.Benchmarks.Count == 0)
            {
                throw new InputException(string.Join(", ", parsed.GetValue(from)!), null, "the run has no benchmark with memory figures; nothing to add");
            }

            var (replaced, runs) = HistoryStore.Add(folder, run);
            output.WriteLine(
                $"{(replaced ? "Replaced" : "Added")} run {ConsoleText.Escape(run.Label)} ({run.Time:yyyy-MM-dd'T'HH:mm:ss'Z'}): {run.Benchmarks.Count} benchmark(s) " +
                $"in {folder}, which holds {runs} run(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ReportCommand(TextWriter output)
    {
        var history = HistoryOption("The history folder.");
        var html = new Option<string?>("--html") { Description = "Write the page of charts here (one static HTML file).", HelpName = "file" };
        var markdown = new Option<string?>("--markdown") { Description = "Write the change points as markdown here.", HelpName = "file" };
        var last = new Option<int?>("--last")
        {
            Description = "Report on the last N runs: the changes that start in them are listed first, charted, and fail --fail-on-change (default: every run).",
            HelpName = "N",
        };
        last.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--last expects a number of runs of 1 or more");
            }
        });
        var failOnChange = new Option<bool>("--fail-on-change") { Description = "Exit 1 when a change point starts in the last N runs (--last)." };
        var command = new Command("report", "Find the change points of every benchmark's figures in a history; write the markdown and the page of charts; exit 1 with --fail-on-change when one is recent.")
        {
            history, html, markdown, last, failOnChange,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(history)!;
            var outputs = new[] { ("--html", parsed.GetValue(html)), ("--markdown", parsed.GetValue(markdown)) }
                .Where(o => o.Item2 is not null)
                .Select(o => (o.Item1, o.Item2!))
                .ToList();
            OutputPaths.RequireDistinct(outputs, HistoryFiles(folder));
            var recent = parsed.GetValue(last);
            var analysis = HistoryAnalysis.Of(HistoryStore.Read(folder), Thresholds.Default, DetectionSettings.Default);
            var firstRecent = HistoryWindow.FirstRecentRun(analysis.History.Runs.Length, recent);
            var recentChanges = analysis.Changes.Where(c => c.Run >= firstRecent).ToList();
            if (parsed.GetValue(markdown) is { } markdownPath)
            {
                WriteText(markdownPath, HistoryMarkdown.Render(analysis, recent));
            }

            if (parsed.GetValue(html) is { } htmlPath)
            {
                WriteText(htmlPath, HistoryPage.Render(analysis, recent));
            }

            output.Write(HistoryConsole.Render(analysis, recent));
            foreach (var (_, path) in outputs)
            {
                output.WriteLine($"Wrote {path}");
            }

            return parsed.GetValue(failOnChange) && recentChanges.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static Command Export(TextWriter output)
    {
        var openMetrics = new Option<bool>("--openmetrics") { Description = "Export in the OpenMetrics text format (the only format, and required)." };
        var history = new Option<string?>("--history") { Description = "Export the latest run of this history.", HelpName = "dir" };
        var from = PathOptions.NotEmpty(PathOptions.RejectingUnknownOptions(new Option<string[]>("--from")
        {
            Description = "Or export this run: BenchmarkDotNet full JSON exports, a file or a folder. Repeat for shards.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file|folder",
        }));
        var commit = new Option<string?>("--commit") { Description = "With --from: the commit the run measured.", HelpName = "sha" };
        var time = new Option<string?>("--time") { Description = "With --from: stamp the samples with this time, ISO 8601 (default: no timestamp).", HelpName = "time" };
        var labels = new Option<string[]>("--label")
        {
            Description = "A label every sample gets, name=value (a repository, a machine). Repeat for several.",
            AllowMultipleArgumentsPerToken = false,
            HelpName = "name=value",
        };
        var destination = new Option<string?>("--out") { Description = "Write the exposition here (default: standard output).", HelpName = "file" };
        var command = new Command("export", "Export a run, or a history's latest run, for a time-series database: OpenMetrics text with TYPE, UNIT and HELP, ending in # EOF.")
        {
            openMetrics, history, from, commit, time, labels, destination,
        };
        command.SetAction(parsed =>
        {
            if (!parsed.GetValue(openMetrics))
            {
                throw new InputException("memorybench history export", null, "choose the format: --openmetrics");
            }

            var folder = parsed.GetValue(history);
            var sources = parsed.GetValue(from) ?? [];
            if ((folder is null) == (sources.Length == 0))
            {
                throw new InputException("memorybench history export", null, "expected either --history (its latest run) or --from (a run), not both or neither");
            }

            var givenLabels = (parsed.GetValue(labels) ?? []).Select(ParseLabel).ToList();
            HistoryRun run;
            bool timestamped;
            if (folder is not null)
            {
                run = HistoryStore.ReadLast(folder, 1).Runs.FirstOrDefault()
                    ?? throw new InputException(folder, null, "the history has no run to export");
                timestamped = true;
            }
            else
            {
                var given = ParseTime(parsed.GetValue(time));
                run = HistoryRun.From(BenchmarkDotNetReader.Read([.. sources]), ParseCommit(parsed.GetValue(commit)), given ?? DateTimeOffset.UtcNow);
                timestamped = given is not null;
            }

            var text = OpenMetricsText.Render(run, timestamped, givenLabels);
            if (parsed.GetValue(destination) is { } path)
            {
                OutputPaths.RequireDistinct([("--out", path)], folder is null ? sources : HistoryFiles(folder));
                WriteText(path, text);
                output.WriteLine($"Wrote {path}");
            }
            else
            {
                output.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> HistoryOption(string description) =>
        new("--history") { Description = description, Required = true, HelpName = "dir" };

    private static Option<string[]> FromOption() =>
        PathOptions.NotEmpty(PathOptions.RejectingUnknownOptions(new Option<string[]>("--from")
        {
            Description = "The run: BenchmarkDotNet full JSON exports, a file or a folder searched recursively (a gate's run folder). Repeat for shards.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file|folder",
        }));

    private static string? ParseCommit(string? text) =>
        text is null ? null
        : HistoryRunFile.Commit(text) ?? throw new InputException("--commit", null, $"expected a commit id of 4 to 64 hexadecimal digits, got '{text}'");

    private static DateTimeOffset? ParseTime(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime()
        : throw new InputException("--time", null, $"expected an ISO 8601 time such as 2025-01-31T12:00:00Z, got '{text}'");

    private static (string Name, string Value) ParseLabel(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? text : text[..equals];
        return equals > 0 && OpenMetricsText.IsLabelName(name)
            ? (name, text[(equals + 1)..])
            : throw new InputException("--label", null, $"expected name=value with a label name of letters, digits and underscores that is not one of the export's own, got '{text}'");
    }

    // The files a report reads: an output over one of them would destroy the history.
    private static IEnumerable<string> HistoryFiles(string folder)
    {
        var runs = Path.Combine(folder, HistoryRunFile.Folder);
        return Directory.Exists(runs)
            ? [Path.Combine(folder, HistoryStore.MarkerFile), .. Directory.EnumerateFiles(runs)]
            : [Path.Combine(folder, HistoryStore.MarkerFile)];
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
}
