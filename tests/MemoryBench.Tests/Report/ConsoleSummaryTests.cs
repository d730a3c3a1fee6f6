using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class ConsoleSummaryTests
{
    [TestMethod]
    public void Representative_comparison_summarises_as_approved()
    {
        var summary = ConsoleSummary.Render(ReportSamples.Representative());

        Approval.Verify(summary, "console-summary.approved.txt");
    }

    [TestMethod]
    public void Summary_is_plain_ascii_without_colour_unless_asked()
    {
        var plain = ConsoleSummary.Render(ReportSamples.Representative());
        var coloured = ConsoleSummary.Render(ReportSamples.Representative(), useColour: true);

        Assert.IsTrue(plain.All(char.IsAscii), "The summary has a character a log viewer may not show.");
        Assert.DoesNotContain("\u001b", plain);
        Assert.Contains("\u001b[31mregressed  \u001b[0m", coloured);
    }

    [TestMethod]
    public void Passing_summary_is_one_verdict_line_and_the_unchanged_count()
    {
        var summary = ConsoleSummary.Render(ReportSamples.ManyUnchanged(34));

        Assert.AreEqual("MemoryBench PASS: No memory regression in 34 benchmarks\n34 unchanged.\n", summary);
    }

    [TestMethod]
    public void Line_break_or_escape_in_a_parameter_cannot_start_a_log_line_or_a_terminal_sequence()
    {
        var summary = ConsoleSummary.Render(ReportSamples.WithParameters("Text=a\n::error::forged\u001b[2J"));

        var lines = summary.TrimEnd('\n').Split('\n');
        Assert.HasCount(2, lines);
        Assert.Contains("Text=a\\n::error::forged\\u001B[2J", lines[1]);
        Assert.DoesNotContain("\u001b", summary);
    }
}
