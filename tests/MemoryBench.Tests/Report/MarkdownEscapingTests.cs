using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

/// <summary>A benchmark name or parameter can break neither the report's tables nor GitHub: no markup, no pings, no links.</summary>
[TestClass]
public sealed class MarkdownEscapingTests
{
    [TestMethod]
    public void Hostile_names_render_as_approved()
    {
        // ci/render-report renders this file as GitHub would and fails if any name became markup, a link or a mention.
        var report = MarkdownReport.Render(ReportSamples.HostileNames());

        Approval.Verify(report, "hostile-names-report.approved.md");
    }

    [TestMethod]
    public void Pipe_in_a_parameter_does_not_split_the_table_cell()
    {
        var report = Render("Separator=|, Text=a|b");

        var header = Lines(report).First(l => l.StartsWith("| Benchmark and why |", StringComparison.Ordinal));
        var row = Lines(report).Single(l => l.StartsWith("| Parsing.Parse(", StringComparison.Ordinal));
        Assert.AreEqual(header.Count(c => c == '|'), row.Count(c => c == '|'));
        Assert.Contains("Separator=&#124;, Text=a&#124;b", row);
    }

    [TestMethod]
    public void Script_tag_in_a_parameter_is_shown_as_text()
    {
        var report = Render("Text=<script>alert(1)</script>");

        Assert.DoesNotContain("<script", report);
        Assert.DoesNotContain("</script", report);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", report);
    }

    [TestMethod]
    public void Mention_in_a_parameter_does_not_ping_anyone()
    {
        var report = Render("User=@octocat, Team=@github/security");

        Assert.DoesNotMatchRegex("@[A-Za-z0-9]", report);
        Assert.Contains("@&#8203;octocat", report);
    }

    [TestMethod]
    public void Issue_reference_in_a_parameter_is_not_linked()
    {
        var report = Render("Ticket=#1");

        // "&#" starts a character reference, which GitHub does not link.
        Assert.DoesNotMatchRegex("(?<!&)#[0-9]", report);
        Assert.Contains("&#35;&#8203;1", report);
    }

    [TestMethod]
    public void Web_address_in_a_parameter_is_not_linked()
    {
        var report = Render("Host=www.example.com");

        Assert.DoesNotContain("www.example", report);
        Assert.Contains("www&#46;example.com", report);
    }

    [TestMethod]
    public void GH_issue_reference_in_a_parameter_is_not_linked()
    {
        var report = Render("Ticket=GH-2");

        Assert.DoesNotMatchRegex("GH-[0-9]", report);
        Assert.Contains("GH-&#8203;2", report);
    }

    [TestMethod]
    public void Long_value_without_spaces_can_break_after_its_punctuation()
    {
        var name = "Parsing.Parse(Text=" + new string('x', 100) + ")";

        var escaped = MarkdownText.EscapeBreakable(name, 48);

        var pieces = escaped.Split("<wbr>");
        Assert.AreEqual("Parsing.Parse(Text=", pieces[0]);
        Assert.IsTrue(pieces.All(p => p.Length <= 48), escaped);
        Assert.AreEqual(MarkdownText.Escape(name), string.Concat(pieces));
    }

    [TestMethod]
    public void Short_name_gets_no_break_opportunity()
    {
        Assert.AreEqual("EagerListVsIterator.EagerList(Count=1000)", MarkdownText.EscapeBreakable("EagerListVsIterator.EagerList(Count=1000)", 48));
    }

    [TestMethod]
    public void Backticks_in_a_parameter_cannot_open_a_code_span()
    {
        var report = Render("Text=`code` and ```fence");

        Assert.DoesNotContain("`", report);
        Assert.Contains("&#96;code&#96;", report);
    }

    [TestMethod]
    [DataRow("Text=line one\nline two", "line one&#92;nline two")]
    [DataRow("Text=line one\r\nline two", "line one&#92;r&#92;nline two")]
    [DataRow("Text=line one\rline two", "line one&#92;rline two")]
    public void Line_break_in_a_parameter_value_stays_on_its_row(string parameters, string shown)
    {
        var report = Render(parameters);

        var row = Lines(report).Single(l => l.StartsWith("| Parsing.Parse(", StringComparison.Ordinal));
        Assert.Contains(shown, row);
        Assert.DoesNotContain("\r", report);
        Assert.IsFalse(Lines(report).Any(l => l.StartsWith("line two", StringComparison.Ordinal)), "A parameter's second line started a line of the report.");
    }

    [TestMethod]
    [DataRow("Text=*bold* _em_ ~~struck~~", "&#42;bold&#42; &#95;em&#95; &#126;&#126;struck&#126;&#126;")]
    [DataRow("Text=[link](https://example.com)", "&#91;link&#93;(https&#58;//example.com)")]
    [DataRow("Text=![image](x.png)", "!&#91;image&#93;(x.png)")]
    [DataRow("Text=$x^2$", "&#36;x^2&#36;")]
    [DataRow("Text=a & b &amp; c", "a &amp; b &amp;amp; c")]
    [DataRow("Text=back\\slash", "back&#92;slash")]
    public void Markdown_syntax_in_a_parameter_is_shown_as_text(string parameters, string shown)
    {
        var report = Render(parameters);

        Assert.Contains(shown, report);
    }

    [TestMethod]
    public void Right_to_left_override_in_a_parameter_is_shown_as_its_code()
    {
        var report = Render("Text=abc\u202Edef");

        Assert.DoesNotContain("\u202E", report);
        Assert.Contains("abc&#92;u202Edef", report);
    }

    [TestMethod]
    public void Reasons_are_escaped_like_names()
    {
        // The sample's reason repeats the parameters, as a reason naming a budget pattern ("*.ValueTask*") would.
        var report = Render("Pattern=*.ValueTask*");

        var row = Lines(report).Single(l => l.StartsWith("| Parsing.Parse(", StringComparison.Ordinal));
        Assert.DoesNotContain("*", row);
    }

    [TestMethod]
    public void Very_long_parameter_value_is_shortened()
    {
        var report = Render("Text=" + new string('x', 5_000));

        var row = Lines(report).Single(l => l.StartsWith("| Parsing.Parse(", StringComparison.Ordinal));
        Assert.IsLessThan(1_500, row.Length);
        Assert.Contains("x…", row);
    }

    [TestMethod]
    public void Shortening_never_splits_a_surrogate_pair()
    {
        var shortened = MarkdownText.Shorten("ab😀cd", 4);

        Assert.AreEqual("ab…", shortened);
    }

    private static string Render(string parameters) =>
        MarkdownReport.Render(ReportSamples.WithParameters(parameters)).Replace('\u00a0', ' ');

    private static string[] Lines(string report) => report.Split('\n');
}
