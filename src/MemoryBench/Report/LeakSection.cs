using System.Globalization;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// The "Leaks" section: every benchmark that retains memory per operation in either run, or whose retained memory
/// was judged, with both estimates and what the comparison made of them.
/// </summary>
internal static class LeakSection
{
    public static ReportSection? Build(ComparisonResult result, DisplayNames names, bool charts)
    {
        var tolerance = result.Thresholds.RetainedBytesTolerance;
        var leaks = result.Benchmarks
            .Where(b => RetainedSignificance.Retains(b.Baseline?.Retained, tolerance) || RetainedSignificance.Retains(b.Current?.Retained, tolerance) || Judgement(b) is not null)
            .ToList();
        if (leaks.Count == 0)
        {
            return null;
        }

        var table = MarkdownTable.Of(
            [new("Benchmark"), new("Retained/op, baseline", RightAligned: true), new("Retained/op, current", RightAligned: true), new("Verdict")],
            leaks.Select(b => (IReadOnlyList<string>)[
                MarkdownCells.Name(names[b.Id]),
                Retained(b.Baseline),
                Retained(b.Current),
                Status(b),
            ]),
            "benchmarks that retain memory");

        var before =
            $"### Leaks ({leaks.Count.ToString(CultureInfo.InvariantCulture)})\n\n" +
            "Memory still reachable after full collections, per operation (± standard error).\n\n";
        var retaining = leaks
            .Where(b => RetainedSignificance.Retains(b.Current?.Retained, tolerance))
            .Select(b => (names[b.Id], b.Current!.Retained!.BytesPerOperation))
            .ToList();
        // A chart only adds to the table when a retained figure moved; in neutral grey, the verdicts carry the alarm.
        var after = charts && retaining.Count >= 2 && leaks.Any(b => Judgement(b) is not null)
            ? "\n" + MermaidBarChart.Render("Retained bytes per operation, current run", "bytes/op", retaining, "#57606a")
            : "";
        return new ReportSection(before, table, after + "\n");
    }

    private static Finding? Judgement(BenchmarkComparison benchmark) =>
        benchmark.Findings.FirstOrDefault(f => f.Metric == Metric.RetainedBytesPerOperation && f.Kind != FindingKind.NotComparable);

    private static string Retained(BenchmarkResult? result) => result switch
    {
        null => "\u2014",
        { Retained: null } => "not measured",
        { Retained: { } retained } =>
            MarkdownCells.KeepUnits(RetainedText.Of(retained)),
    };

    private static string Status(BenchmarkComparison benchmark) => Judgement(benchmark) switch
    {
        { Cause: LeakChange { Change: LeakChangeKind.Introduced or LeakChangeKind.Grew } leak } => "🔺 " + Lower(LeakText.Of(leak.Change)),
        { Cause: LeakChange leak } => "🟢 " + Lower(LeakText.Of(leak.Change)),
        { Kind: FindingKind.BudgetBreach } => "⛔ over budget",
        { Kind: FindingKind.Failure } => "💥 failed",
        { Kind: FindingKind.BudgetNotChecked } => "⛔ budget not checked",
        _ when benchmark.Baseline?.Retained is null => "not compared",
        _ => "unchanged",
    };

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];}
