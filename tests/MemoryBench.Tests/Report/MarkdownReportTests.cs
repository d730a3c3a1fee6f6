using MemoryBench.Comparison;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class MarkdownReportTests
{
    [TestMethod]
    public void Representative_comparison_renders_as_approved()
    {
        var report = MarkdownReport.Render(ReportSamples.Representative());

        Approval.Verify(report, "representative-report.approved.md");
    }

    [TestMethod]
    public void Report_starts_with_the_verdict_counting_what_fails_the_gate()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.RepresentativeOfOneToolchain()));

        var firstLine = report[..report.IndexOf('\n', StringComparison.Ordinal)];
        Assert.AreEqual("## ❌ MemoryBench: 1 failed, 1 over budget, 2 regressions, 1 removed in 16 benchmarks", firstLine);
    }

    [TestMethod]
    public void Passing_comparison_says_no_memory_regression()
    {
        var report = MarkdownReport.Render(ReportSamples.ManyUnchanged(3));

        Assert.StartsWith("## ✅ MemoryBench: No memory regression in 3 benchmarks\n", report);
    }

    [TestMethod]
    public void Comparison_without_benchmarks_does_not_read_as_a_pass()
    {
        var empty = ReportSamples.ManyUnchanged(0);

        var report = MarkdownReport.Render(empty);

        Assert.StartsWith("## ❌ MemoryBench: No benchmark results to compare\n", report);
    }

    [TestMethod]
    public void Regressions_come_before_improvements_and_unchanged_rows_are_folded()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        var regressions = report.IndexOf("### Regressions and failures (5)", StringComparison.Ordinal);
        var improvements = report.IndexOf("### Improvements (1)", StringComparison.Ordinal);
        var newAndRemoved = report.IndexOf("### New (1)", StringComparison.Ordinal);
        var unchanged = report.IndexOf("<details><summary>9 unchanged</summary>", StringComparison.Ordinal);
        Assert.IsGreaterThan(0, regressions);
        Assert.IsGreaterThan(regressions, improvements);
        Assert.IsGreaterThan(improvements, newAndRemoved);
        Assert.IsGreaterThan(newAndRemoved, unchanged);
    }

    [TestMethod]
    public void One_extra_24_byte_object_is_shown_with_its_delta_and_reason()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.RepresentativeOfOneToolchain()));

        var row = Line(report, "EagerListVsIterator.Iterator(Count=1000)");
        // The reason words the figures exactly as the cells do, with the allowance; how allowances are made is in the footnote.
        Assert.StartsWith("| 🔺 regressed | EagerListVsIterator.Iterator(Count=1000)<br><sub>Allocated +24 B (+0.11%), allowed ±8.11 B</sub>", row);
        Assert.Contains("| +24 B (+0.11%) |", row);
        Assert.Contains("<abbr title=\"22,400 B\">21.88 KiB</abbr> → <abbr title=\"22,424 B\">21.9 KiB</abbr>", row);
    }

    [TestMethod]
    public void An_unchanged_row_whose_collections_moved_unjudged_says_why()
    {
        var baseline = ReportSamples.Result("NewArray", "Rent", "", 1_048_600, gen0: 3, gen1: 3, gen2: 3, operations: 9);
        var current = ReportSamples.Result("NewArray", "Rent", "", 1_048_600, gen0: 19, gen1: 19, gen2: 19, operations: 9);
        var result = new ComparisonResult(
            [ReportSamples.Changed(
                Verdict.Unchanged,
                baseline,
                current,
                new Finding(Metric.Gen0Collections, FindingKind.NotComparable, 333, 2_111, new Note("every collection in both runs was a full one.")))],
            ReportSamples.Laptop,
            ReportSamples.Laptop,
            GcCountsComparable: true,
            NotComparableReason: null,
            ReportSamples.Thresholds);

        var row = Line(Seen(MarkdownReport.Render(result)), "NewArray.Rent");

        Assert.Contains("NewArray.Rent<br><sub>Gen0 not compared&#58; every collection in both runs was a full one</sub>", row);
        Assert.Contains("| 333/333/333 → 2111/2111/2111 |", row);
    }

    [TestMethod]
    public void Collection_counts_that_were_not_compared_are_explained_once_at_the_top()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        Assert.Contains("> ⚠️ Gen0/1/2 collection counts were not compared: processor count 8 vs 2.\n", report);
        Assert.Contains("<details><summary>Environments: not the same, so Gen0/1/2 counts were not compared</summary>", report);
        Assert.Contains("| ⚠️ Processors | 8 | 2 |", report);
        Assert.DoesNotContain("Gen0 not compared", report);
    }

    [TestMethod]
    public void Leaks_section_lists_benchmarks_that_retain_memory_with_both_estimates()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        Assert.Contains("### Leaks (2)", report);
        Assert.Contains("| EventHandlerLeak.Subscribe | 0.2 B ± 0.3 B | 48.1 B ± 0.6 B | 🔺 leak introduced |", report);
        Assert.Contains("| UnboundedCache.Add | 40.2 B ± 0.4 B | 40.2 B ± 0.4 B | unchanged |", report);
        Assert.DoesNotContain("| EventHandlerLeak.Unsubscribe | 0.1 B", report);
    }

    [TestMethod]
    public void Paired_scenarios_show_what_the_frugal_way_saves_and_a_chart()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        Assert.Contains("| EagerListVsIterator (Count=1000) | EagerList: <abbr title=\"39,000 B\">38.09 KiB</abbr> | Iterator: <abbr title=\"22,424 B\">21.9 KiB</abbr> | 42.5% |", report);
        Assert.Contains("| EventHandlerLeak | Subscribe: 88 B, retains 48.1 B/op | Unsubscribe: 88 B | 99.8% retained |", report);
        Assert.Contains("```mermaid\n", report);
        Assert.Contains("xychart-beta horizontal", report);
    }

    [TestMethod]
    public void Paired_scenarios_chart_draws_every_pair_as_the_share_saved()
    {
        var report = MarkdownReport.Render(ReportSamples.ManyPairs(14));

        var bars = report.Split('\n').Single(l => l.StartsWith("    bar [", StringComparison.Ordinal));
        Assert.Contains("title \"Saved by the frugal way, % (longer is better)\"", report);
        // Every pair, and the leaking pairs by what they retain: the frugal way retains nothing, so 100% saved.
        Assert.AreEqual("    bar [100, 100, " + string.Join(", ", Enumerable.Repeat("50", 12)) + "]", bars);
    }

    [TestMethod]
    public void Leaks_chart_is_left_out_when_no_retained_figure_moved()
    {
        var report = MarkdownReport.Render(ReportSamples.ManyPairs(2));

        Assert.Contains("### Leaks (2)", report);
        Assert.DoesNotContain("Retained bytes per operation, current run", report);
    }

    [TestMethod]
    public void Charts_are_left_out_when_asked_or_when_there_is_nothing_to_draw()
    {
        var withoutCharts = MarkdownReport.Render(ReportSamples.Representative(), new ReportOptions { Charts = false });
        var nothingToDraw = MarkdownReport.Render(ReportSamples.ManyUnchanged(5));

        Assert.DoesNotContain("mermaid", withoutCharts);
        Assert.DoesNotContain("mermaid", nothingToDraw);
    }

    [TestMethod]
    public void Long_report_stays_under_the_limit_and_says_how_many_rows_it_left_out()
    {
        var report = MarkdownReport.Render(ReportSamples.ManyUnchanged(5_000));

        Assert.IsLessThanOrEqualTo(ReportOptions.Default.MaxLength, report.Length);
        Assert.MatchesRegex(@"… and [\d,]+ more unchanged, not listed", report);
    }

    [TestMethod]
    public void Failing_rows_are_kept_when_unchanged_rows_are_cut()
    {
        var many = ReportSamples.ManyUnchanged(5_000);
        var failing = ReportSamples.Representative().Benchmarks.Where(b => b.Verdict == Verdict.Regressed);
        var mixed = many with { Benchmarks = [.. many.Benchmarks.Concat(failing).OrderBy(b => b.Id)] };

        var report = Seen(MarkdownReport.Render(mixed, new ReportOptions { MaxLength = 20_000 }));

        Assert.IsLessThanOrEqualTo(20_000, report.Length);
        Assert.Contains("### 🔺 Regressions (2)", report);
        Assert.Contains("| EagerListVsIterator.Iterator(Count=1000)<br>", report);
        Assert.Contains("| EventHandlerLeak.Subscribe<br>", report);
    }

    [TestMethod]
    public void Section_of_one_kind_names_it_in_its_title_instead_of_a_verdict_column()
    {
        var report = MarkdownReport.Render(ReportSamples.WithParameters("Size=1"));
        var mixed = MarkdownReport.Render(ReportSamples.Representative());

        Assert.Contains("### 🔺 Regressions (1)\n\n| Benchmark and why |", report);
        Assert.Contains("### Regressions and failures (5)\n\n| Verdict | Benchmark and why |", mixed);
    }

    [TestMethod]
    public void Report_has_no_trailing_whitespace_and_ends_with_one_newline()
    {
        var report = MarkdownReport.Render(ReportSamples.Representative());

        Assert.IsFalse(report.Split('\n').Any(line => line.EndsWith(' ')), "A line ends with a space (a hard line break in markdown).");
        Assert.EndsWith("</sub>\n", report);
    }

    [TestMethod]
    public void Sizes_deltas_arrows_and_verdicts_never_wrap_inside_a_narrow_column()
    {
        var report = MarkdownReport.Render(ReportSamples.Representative());

        Assert.Contains("+24\u00a0B\u00a0(+0.11%)", report);
        Assert.Contains(">21.9\u00a0KiB</abbr>", report);
        Assert.Contains("KiB</abbr>\u00a0\u2192 <abbr", report);
        Assert.Contains("| ⛔\u00a0over\u00a0budget |", report);
    }

    /// <summary>The report as a reviewer reads it: a non-breaking space looks like any other.</summary>
    private static string Seen(string report) => report.Replace('\u00a0', ' ');

    private static string Line(string text, string containing) =>
        text.Split('\n').Single(line => line.Contains(containing, StringComparison.Ordinal) && line.StartsWith('|'));
}
