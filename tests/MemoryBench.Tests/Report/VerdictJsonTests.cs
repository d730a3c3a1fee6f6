using MemoryBench.Attribution;
using MemoryBench.Leaks;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class VerdictJsonTests
{
    [TestMethod]
    public void Representative_comparison_writes_as_approved()
    {
        var json = VerdictJson.Write(ReportSamples.Representative());

        Approval.Verify(json, "verdicts.approved.json");
    }

    [TestMethod]
    public void A_leak_carries_its_retained_types_in_what_grew()
    {
        var current = AllocationProfiler.Build("Shop.Total", [new AllocationSample("LeakedNode", 24, [])], operations: 262_256) with
        {
            Retained = new RetainedTypes(262_256, 24.0006, [new RetainedType("LeakedNode", 24, 1)]),
        };
        var document = VerdictJson.ToDocument(ReportSamples.Representative()) with { WhatGrew = [ProfileComparison.Compare(null, current)] };

        var json = VerdictJson.Write(document);
        var retained = VerdictJson.Read(json).WhatGrew!.Value.Single().Current.Retained!;

        StringAssert.Contains(json, "\"retained\": {");
        StringAssert.Contains(json, "\"instancesPerOperation\": 1");
        Assert.AreEqual(new RetainedType("LeakedNode", 24, 1), retained.Types.Single());
        Assert.AreEqual(262_256, retained.Operations);
    }

    [TestMethod]
    public void Verdicts_read_back_as_written()
    {
        var result = ReportSamples.Representative();

        var read = VerdictJson.Read(VerdictJson.Write(result));

        Assert.AreEqual(VerdictJson.SchemaVersion, read.SchemaVersion);
        Assert.IsFalse(read.Passed);
        Assert.AreEqual(1, read.ExitCode);
        Assert.AreEqual(new VerdictTotals(16, Failed: 1, OverBudget: 1, Regressed: 2, Improved: 1, Unchanged: 9, New: 1, Removed: 1, NotRun: 0), read.Totals);
        Assert.AreEqual(result.CurrentEnvironment, read.CurrentEnvironment);
        Assert.AreEqual(result.BaselineEnvironment, read.BaselineEnvironment);
        Assert.AreEqual(result.Thresholds, read.Thresholds);
        Assert.AreEqual(result.NotComparableReason, read.NotComparableReason);
        CollectionAssert.AreEqual(result.Benchmarks.Select(b => b.Id.Value).ToList(), read.Benchmarks.Select(b => b.Id).ToList());
        CollectionAssert.AreEqual(result.Benchmarks.Select(b => b.Verdict).ToList(), read.Benchmarks.Select(b => b.Verdict).ToList());
        // Each finding reads back with its cause as figures, and with the sentence the console and the report show.
        CollectionAssert.AreEqual(
            result.Benchmarks.SelectMany(b => b.Findings).Select(f => (f.Metric, f.Kind, f.Baseline, f.Current, f.Cause, FindingText.Reason(f))).ToList(),
            read.Benchmarks.SelectMany(b => b.Findings).Select(f => (f.Metric, f.Kind, f.Baseline, f.Current, f.Cause, f.Reason)).ToList());
        CollectionAssert.AreEqual(
            result.Benchmarks.Select(b => b.Current?.Memory).ToList(),
            read.Benchmarks.Select(b => b.Current?.Memory).ToList());
        Assert.AreEqual(VerdictJson.Write(result), VerdictJson.Write(read));
    }

    [TestMethod]
    public void Order_is_stable_whatever_order_the_comparison_lists_benchmarks_and_findings_in()
    {
        var result = ReportSamples.Representative();
        var shuffled = result with
        {
            Benchmarks = [.. result.Benchmarks.Reverse().Select(b => b with { Findings = [.. b.Findings.Reverse()] })],
        };

        Assert.AreEqual(VerdictJson.Write(result), VerdictJson.Write(shuffled));
    }

    [TestMethod]
    public void Verdicts_and_finding_kinds_are_written_as_camel_case_names()
    {
        var json = VerdictJson.Write(ReportSamples.Representative());

        Assert.Contains("\"verdict\": \"overBudget\"", json);
        Assert.Contains("\"kind\": \"budgetBreach\"", json);
        Assert.Contains("\"metric\": \"allocatedBytesPerOperation\"", json);
    }

    [TestMethod]
    public void Passing_comparison_exits_with_zero()
    {
        var document = VerdictJson.ToDocument(ReportSamples.ManyUnchanged(2));

        Assert.IsTrue(document.Passed);
        Assert.AreEqual(0, document.ExitCode);
    }

    [TestMethod]
    public void Text_that_is_not_a_verdicts_document_is_refused()
    {
        Assert.ThrowsExactly<System.Text.Json.JsonException>(() => VerdictJson.Read("{\"schemaVersion\": \"one\"}"));
        Assert.ThrowsExactly<System.Text.Json.JsonException>(() => VerdictJson.Read("null"));
    }
}
