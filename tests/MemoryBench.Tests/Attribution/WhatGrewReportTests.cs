using MemoryBench.Attribution;
using MemoryBench.Comparison;
using MemoryBench.Leaks;
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
        var current = AllocationProfiler.Build("Shop.Total", samples, operations: 262_254) with { CountedBytesPerOperation = 64 };
        var baseline = AllocationProfiler.Build("Shop.Total", [.. samples.Where(s => s.TypeName == "System.String")], operations: 262_254) with { CountedBytesPerOperation = 40 };
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
        Assert.DoesNotContain("System.String", section);
        StringAssert.Contains(section, "\nAdds up&#58; the listed type accounts for +23.43 B/op ± 5.93 B of the counted +24 B/op; no other of the 2 types compared changed beyond its sampling noise.\n");
    }

    private static WhatGrew Leaking(params RetainedType[] types)
    {
        var answer = Answer("InjectedObject");
        return answer with { Current = answer.Current with { Retained = new RetainedTypes(262_256, 24.0006, [.. types]) } };
    }

    [TestMethod]
    public void A_leak_shows_what_is_retained_in_a_nested_table_escaped()
    {
        var section = WhatGrewSection.Render([Leaking(new RetainedType("Leaked|<b>Node</b>", 24, 1), new RetainedType("Entry[System.Int32,System.String][]", 23.6, 0))]);

        StringAssert.Contains(section, "\nWhat is retained: live objects by type, from heap snapshots 262,256 operations apart; the live heap grew by 24 B/op.");
        StringAssert.Contains(section, "| Type | Retained/op | Instances/op |");
        StringAssert.Contains(section, "| <code>Leaked&#124;&lt;b&gt;Node&lt;/b&gt;</code> | 24 B | 1 |");
        StringAssert.Contains(section, "| <code>Entry&#91;System.Int32,System.String&#93;&#91;&#93;</code> | 23.6 B | 0 |");
        Assert.DoesNotContain("<b>", section);
        // No emphasis: the rendering check takes any element the report does not write for input turned markup.
        Assert.DoesNotContain("**", section);
        Assert.IsLessThan(section.IndexOf("</details>", StringComparison.Ordinal), section.IndexOf("What is retained", StringComparison.Ordinal));
    }

    [TestMethod]
    public void A_leak_with_no_type_above_the_allowance_says_so_without_a_table()
    {
        var section = WhatGrewSection.Render([Leaking()]);

        StringAssert.Contains(section, "no type grew with the operations beyond what is built once.");
        Assert.DoesNotContain("| Type | Retained/op |", section);
    }

    [TestMethod]
    public void The_console_lists_what_is_retained_under_the_benchmark()
    {
        var text = WhatGrewConsole.Render([Leaking(new RetainedType("LeakedNode", 24, 1), new RetainedType("System.String", 8.59, 0.25))]);

        StringAssert.Contains(text, "  What is retained: live objects by type, from heap snapshots 262,256 operations apart; the live heap grew by 24 B/op.\n");
        StringAssert.Contains(text, "    LeakedNode  24 B/op, 1 instance/op\n");
        StringAssert.Contains(text, "    System.String  8.59 B/op, 0.25 instances/op\n");
    }

    [TestMethod]
    public void No_retained_types_are_shown_for_a_benchmark_that_was_not_censused()
    {
        Assert.DoesNotContain("What is retained", WhatGrewSection.Render([Answer("InjectedObject")]));
        Assert.DoesNotContain("What is retained", WhatGrewConsole.Render([Answer("InjectedObject")]));
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
        StringAssert.Contains(text, "InjectedObject  0 B -> 23.43 B (+23.43 B/op +-");
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

    [TestMethod]
    public void Only_leaks_get_heap_snapshots()
    {
        var measured = SampleResults.Measured("Total", 880);
        var regressed = new BenchmarkComparison(measured.Id, Verdict.Regressed, [new Finding(Metric.AllocatedBytesPerOperation, FindingKind.Regression, 856, 880, new Note("more"))], measured, measured);
        var leaking = regressed with { Findings = [new Finding(Metric.RetainedBytesPerOperation, FindingKind.Regression, 0, 24, new Note("leaks"))] };
        var overRetainedBudget = regressed with { Verdict = Verdict.OverBudget, Findings = [new Finding(Metric.RetainedBytesPerOperation, FindingKind.BudgetBreach, 0, 24, new Note("retains"))] };
        var leakFixed = regressed with { Verdict = Verdict.Improved, Findings = [new Finding(Metric.RetainedBytesPerOperation, FindingKind.Improvement, 24, 0, new Note("fixed"))] };

        Assert.IsFalse(WhatGrewSelection.NeedsRetainedTypes(regressed));
        Assert.IsTrue(WhatGrewSelection.NeedsRetainedTypes(leaking));
        Assert.IsTrue(WhatGrewSelection.NeedsRetainedTypes(overRetainedBudget));
        Assert.IsFalse(WhatGrewSelection.NeedsRetainedTypes(leakFixed));
    }

    [TestMethod]
    public void A_shrinking_type_has_the_reports_minus_sign_and_the_consoles_hyphen()
    {
        // 400 samples of a 40-byte string over 102,420 operations are 400 B/op; 200 are 200 B/op.
        var answer = ProfileComparison.Compare(
            AllocationProfiler.Build("Shop.Total", [.. Enumerable.Repeat(Profiles.Sample("System.String", 40, "Concat"), 400)], operations: 102_420),
            AllocationProfiler.Build("Shop.Total", [.. Enumerable.Repeat(Profiles.Sample("System.String", 40, "Concat"), 200)], operations: 102_420));

        StringAssert.Contains(WhatGrewSection.Render([answer]), "| 400 B → 200 B | \u2212200 B/op ± 48 B |");
        StringAssert.Contains(WhatGrewConsole.Render([answer]), "System.String  400 B -> 200 B (-200 B/op +- 48 B)");
    }

    [TestMethod]
    public void The_stack_stops_where_BenchmarkDotNets_harness_begins()
    {
        var samples = Enumerable.Repeat(
            Profiles.Sample(
                "InjectedObject",
                24,
                "Shop.Cart.Allocate(bool) in src/Shop/Cart.cs:86",
                "Shop.Benchmarks.Builder() in benchmarks/Shop.Benchmarks/Builder.cs:42",
                "BenchmarkDotNet.Autogenerated.Runnable_1.WorkloadActionUnroll(int64) in Shop.Benchmarks-Job-1.notcs:456",
                "BenchmarkDotNet.Engines.Engine.Measure(class System.Action`1<int64>,int64)"),
            60).ToList();
        var answer = ProfileComparison.Compare(null, AllocationProfiler.Build("Shop.Total", samples, operations: 262_254));

        var console = WhatGrewConsole.Render([answer]);
        var section = WhatGrewSection.Render([answer]);

        StringAssert.Contains(console, "at Shop.Cart.Allocate(bool) in src/Shop/Cart.cs:86 <- Shop.Benchmarks.Builder() in benchmarks/Shop.Benchmarks/Builder.cs:42\n");
        Assert.DoesNotContain("BenchmarkDotNet", console);
        Assert.DoesNotContain("BenchmarkDotNet", section);
    }

    [TestMethod]
    public void A_stack_that_is_all_harness_is_shown_whole()
    {
        var samples = Enumerable.Repeat(Profiles.Sample("System.Byte[]", 24, "BenchmarkDotNet.Engines.Engine.RunIteration(value class IterationData)"), 60).ToList();
        var answer = ProfileComparison.Compare(null, AllocationProfiler.Build("Shop.Total", samples, operations: 262_254));

        StringAssert.Contains(WhatGrewConsole.Render([answer]), "at BenchmarkDotNet.Engines.Engine.RunIteration");
    }
}
