using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class MermaidTextTests
{
    [TestMethod]
    public void Label_cannot_end_its_string_or_start_a_markdown_string()
    {
        var label = MermaidText.Label("Text=\"a\" `\"b\"`");

        Assert.DoesNotContain("\"", label);
        Assert.DoesNotContain("`", label);
    }

    [TestMethod]
    public void Label_cannot_close_the_axis_list_break_the_line_or_start_a_comment()
    {
        var label = MermaidText.Label("a]\nbar [1]\r%%{init: {}}%% #quot;");

        Assert.DoesNotContain("]", label);
        Assert.DoesNotContain("[", label);
        Assert.DoesNotContain("\n", label);
        Assert.DoesNotContain("\r", label);
        Assert.DoesNotContain("%", label);
        Assert.DoesNotContain("#", label);
        Assert.DoesNotContain(";", label);
    }

    [TestMethod]
    public void Label_keeps_ordinary_names_readable()
    {
        Assert.AreEqual("EagerListVsIterator (Count=1000)", MermaidText.Label("EagerListVsIterator (Count=1000)"));
        Assert.AreEqual("List‹Int32›.Add", MermaidText.Label("List<Int32>.Add"));
    }

    [TestMethod]
    public void Label_is_shortened_to_keep_the_chart_small()
    {
        var label = MermaidText.Label(new string('a', 100), maxLength: 20);

        Assert.AreEqual(20, label.Length);
        Assert.EndsWith("…", label);
    }

    [TestMethod]
    public void Chart_from_hostile_names_keeps_one_quoted_label_per_bar()
    {
        var chart = MermaidBarChart.Render("title", "axis", [("a\"]\n", 1), ("b`\"", 2), ("%%c", 3)], "#000000");

        var axis = chart.Split('\n').Single(l => l.TrimStart().StartsWith("x-axis", StringComparison.Ordinal));
        Assert.AreEqual(6, axis.Count(c => c == '"'));
        Assert.AreEqual(1, axis.Count(c => c == ']'));
        Assert.Contains("bar [1, 2, 3]", chart);
    }
}
