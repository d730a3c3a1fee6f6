using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Report;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Attribution;

[TestClass]
public sealed class WhatGrewReportTests
{
    private static WhatGrew Answer(string type)
    {
        var samples = Enumerable.Repeat(Profiles.Sample(type, 24, "Evil|<b>Frame</b>", "Builder"), 60)
            .Concat(Enumerable.Repeat(Profiles.Sample("System.String", 40, "Concat"), 100))
            .ToList();
        var current = AllocationProfiler.Build("Shop.Total", samples, operations: 262_254);
        var baseline = current with { Types = [.. current.Types.Where(t => t.TypeName == "System.String")] };
        return ProfileComparison.Compare(baseline, current);
    }

    [TestMethod]
    public void The_markdown_section_names_the_top_growth_and_its_stack_escaped()
    {
        var section = WhatGrewSection.Render([Answer("Injected|<script>@team")]);

        StringAssert.Contains(section, "## What grew");
        StringAssert.Contains(section, "Injected&#124;&lt;script&gt;@&#8203;team");
        StringAssert.Contains(section, "Evil&#124;&lt;b&gt;Frame&lt;/b&gt;");
        StringAssert.Contains(section, "+23.43 B/op");
        Assert.DoesNotContain("<script>", section);
        StringAssert.Contains(section, "0 B/op ± 10.82 B, within noise");
    }

    [TestMethod]
    public void No_section_when_nothing_was_attributed()
    {
        Assert.AreEqual("", WhatGrewSection.Render([]));
    }

    [TestMethod]
    public void The_console_lists_the_growth_and_where_it_is_allocated()
    {
        var text = WhatGrewConsole.Render([Answer("InjectedObject")]);

        StringAssert.Contains(text, "What grew in Shop.Total:");
        StringAssert.Contains(text, "InjectedObject  0 B → 23.43 B (+23.43 B/op ±");
        StringAssert.Contains(text, "at Evil|<b>Frame</b> <- Builder");
    }

    [TestMethod]
    public void Only_benchmarks_that_fail_on_memory_are_attributed()
    {
        var measured = SampleResults.Measured("Total", 880);
        var regressed = new BenchmarkComparison(measured.Id, Verdict.Regressed, [], measured, measured);
        var unchanged = regressed with { Verdict = Verdict.Unchanged };
        var leaking = unchanged with { Findings = [new Finding(Metric.RetainedBytesPerOperation, FindingKind.Regression, 0, 24, new Note("leaks"))] };

        Assert.IsTrue(WhatGrewSelection.NeedsAttribution(regressed));
        Assert.IsTrue(WhatGrewSelection.NeedsAttribution(leaking));
        Assert.IsFalse(WhatGrewSelection.NeedsAttribution(unchanged));
    }
}
