using System.Text;
using MemoryBench.Attribution;
using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.History.Rendering;
using MemoryBench.History.Store;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Report;

namespace MemoryBench.Gate;

/// <summary>
/// The gate's work, shared by the command-line tool and MemoryBenchRunner: read both sides and the budgets,
/// judge, write the reports, and say which exit code that makes.
/// </summary>
internal static class GateCheck
{
    /// <summary>Reads and judges; writes the reports the request names.</summary>
    /// <exception cref="InputException">An input cannot be read or an output cannot be written.</exception>
    public static GateOutcome Run(GateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseline = ResultsReader.Read(request.BaselinePath);
        var run = BenchmarkDotNetReader.Read(request.CurrentPaths);
        var current = request.Selection is { } selection ? run with { Coverage = RunCoverage.Of([selection]) } : run;
        var budgets = request.BudgetsPath is null ? BudgetSet.Empty : BudgetFile.Read(request.BudgetsPath);
        var result = Comparer.Compare(baseline, current, budgets, request.Thresholds);
        string[] inputs = [.. baseline.Sources, .. current.Sources, .. request.BudgetsPath is null ? [] : new[] { request.BudgetsPath }];
        var outputs = new (string Option, string? Path)[] { ("--markdown", request.MarkdownPath), ("--json", request.JsonPath) }
            .Where(output => output.Path is not null)
            .Select(output => (output.Option, output.Path!))
            .ToList();

        // Profiles are there only when the run was re-run under allocation sampling (MemoryBenchRunner's --attribution).
        var whatGrew = WhatGrewSelection.For(result, AllocationProfileStore.ReadAll(request.CurrentPaths));
        // Only main's last runs are read, and only when asked: the trend costs a few small files.
        var trend = request.HistoryPath is { } history
            ? TrendSection.Render(result, HistoryStore.ReadLast(history, TrendSection.Runs))
            : "";
        var outcome = new GateOutcome(result, whatGrew, [.. inputs], trend);
        _ = Attempt(request, outcome, () => OutputPaths.RequireDistinct(outputs, inputs))
            && (request.MarkdownPath is null || Attempt(request, outcome, () => WriteText(request.MarkdownPath, outcome.Markdown)))
            && (request.JsonPath is null || Attempt(request, outcome, () => WriteText(
                request.JsonPath, VerdictJson.Write(VerdictJson.ToDocument(result) with { WhatGrew = whatGrew.IsEmpty ? null : whatGrew }))));
        return outcome;
    }

    // Outputs the user named must be written, or the command fails; the report and verdicts a run leaves in its run
    // folder are a convenience that must not turn the comparison's verdict into an error.
    private static bool Attempt(GateRequest request, GateOutcome outcome, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (InputException error) when (request.ReportsOptional)
        {
            outcome.Warn($"the report and the verdicts are not all written: {error.Message}");
            return false;
        }
    }

    private static void WriteText(string path, string text) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
}
