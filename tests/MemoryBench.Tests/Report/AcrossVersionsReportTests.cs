using MemoryBench.Model;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

/// <summary>
/// A baseline measured with another BenchmarkDotNet, runtime or MemoryBench: the verdict line and every row whose figures
/// moved say so, so an upgrade of the tools is not read as a change of the code. And every output names its writer.
/// </summary>
[TestClass]
public sealed class AcrossVersionsReportTests
{
    // The representative sample's baseline was measured with BenchmarkDotNet 0.15.1, the current run with 0.15.8; two
    // benchmarks regressed and one improved.
    private const string MovedRows = "EagerListVsIterator.Iterator(Count=1000)|EventHandlerLeak.Subscribe|StringConcatVsBuilder.Builder(Parts=100)";

    [TestMethod]
    public void The_verdict_line_says_the_comparison_is_across_versions_and_which()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        Assert.StartsWith(
            "## ❌ MemoryBench: 1 failed, 1 over budget, 2 regressions, 1 removed in 16 benchmarks, across versions (BenchmarkDotNet 0.15.1 → 0.15.8)\n",
            report);
        Assert.Contains("> ⚠️ The baseline was measured with other versions (BenchmarkDotNet 0.15.1 → 0.15.8): a figure that moved may have moved with the tools", report);
    }

    [TestMethod]
    public void Every_row_whose_figures_moved_says_so_and_no_other()
    {
        var rows = Seen(MarkdownReport.Render(ReportSamples.Representative())).Split('\n').Where(line => line.StartsWith('|')).ToList();

        var marked = rows.Where(row => row.Contains("⚠️ across versions: BenchmarkDotNet 0.15.1 → 0.15.8", StringComparison.Ordinal)).ToList();
        Assert.HasCount(3, marked);
        Assert.IsTrue(marked.All(row => MovedRows.Split('|').Any(name => row.Contains(name, StringComparison.Ordinal))), string.Join("\n", marked));
    }

    [TestMethod]
    public void The_environment_table_shows_what_measured_each_side()
    {
        var report = Seen(MarkdownReport.Render(ReportSamples.Representative()));

        Assert.Contains("| ⚠️ BenchmarkDotNet | 0.15.1 | 0.15.8 |", report);
        Assert.Contains("| MemoryBench | 0.2.0 | 0.2.0 |", report);
    }

    [TestMethod]
    public void The_same_versions_on_both_sides_are_not_mentioned()
    {
        var report = MarkdownReport.Render(ReportSamples.RepresentativeOfOneToolchain());
        var summary = ConsoleSummary.Render(ReportSamples.RepresentativeOfOneToolchain());

        Assert.DoesNotContain("across versions", report);
        Assert.DoesNotContain("across versions", summary);
    }

    [TestMethod]
    public void The_console_verdict_line_names_the_versions_and_each_moved_row_is_marked()
    {
        var lines = ConsoleSummary.Render(ReportSamples.Representative()).Split('\n');

        Assert.AreEqual(
            "MemoryBench FAIL: 1 failed, 1 over budget, 2 regressions, 1 removed in 16 benchmarks, across versions (BenchmarkDotNet 0.15.1 -> 0.15.8)",
            lines[0]);
        var marked = lines.Where(line => line.EndsWith("[across versions]", StringComparison.Ordinal)).ToList();
        Assert.HasCount(3, marked);
        Assert.IsTrue(marked.All(line => MovedRows.Split('|').Any(name => line.Contains(name, StringComparison.Ordinal))), string.Join("\n", marked));
    }

    [TestMethod]
    public void A_version_from_an_export_is_escaped_like_a_name()
    {
        var report = MarkdownReport.Render(ReportSamples.HostileNames());

        Assert.DoesNotContain("<img", report);
        Assert.DoesNotContain("@octocat", report);
        Assert.Contains("across versions (BenchmarkDotNet 0.15.8 → &lt;img src=x onerror=alert(1)&gt;", report);
    }

    [TestMethod]
    public void The_report_and_the_verdicts_name_the_MemoryBench_that_wrote_them_and_what_measured_each_side()
    {
        var result = ReportSamples.Representative();

        var report = MarkdownReport.Render(result);
        var verdicts = VerdictJson.Read(VerdictJson.Write(result));

        Assert.EndsWith($"<sub>Written by MemoryBench {MemoryBenchVersion.Current}.</sub>\n", report);
        Assert.AreEqual(MemoryBenchVersion.Current, verdicts.MemoryBenchVersion);
        Assert.AreEqual(new Toolchain("0.15.1", "0.2.0"), verdicts.BaselineToolchain);
        Assert.AreEqual(new Toolchain("0.15.8", "0.2.0"), verdicts.CurrentToolchain);
    }

    private static string Seen(string report) => report.Replace('\u00a0', ' ');
}
