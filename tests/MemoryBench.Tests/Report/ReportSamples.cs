using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Tests.Report;

/// <summary>Comparisons built in code for the report tests, with figures and reasons as the suite produces them.</summary>
internal static class ReportSamples
{
    public const string Namespace = "MemoryBench.Benchmarks.Scenarios";

    public static readonly Thresholds Thresholds = new(
        AllocatedBytesTolerance: 8,
        AllocatedRelativeTolerance: 0.000_005,
        GcRateRelativeTolerance: 0.10,
        TimeRelativeThreshold: null,
        RetainedBytesTolerance: 8);

    public static readonly EnvironmentFingerprint Laptop =
        new("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.12", 8, "Workstation, Concurrent")
        {
            Gen0Budget = new Gen0Budget(8 * 1024 * 1024, Gen0BudgetSource.Pinned),
        };

    public static readonly EnvironmentFingerprint CiRunner = Laptop with { ProcessorCount = 2 };

    /// <summary>
    /// Every kind of row the report has: a regression of one 24-byte object, a leak introduced, an improvement, unchanged
    /// rows, a new, a removed, a failed and an over-budget benchmark, paired scenarios, environments that differ, and a
    /// baseline measured with an older BenchmarkDotNet.
    /// </summary>
    public static ComparisonResult Representative() => new(
        [.. new[]
        {
            Unchanged(Result("EagerListVsIterator", "EagerList", "Count=1000", 39_000, gen0: 12, gen1: 1, operations: 5_344, baseline: true)),
            Changed(
                Verdict.Regressed,
                Result("EagerListVsIterator", "Iterator", "Count=1000", 22_400, gen0: 8, operations: 6_656),
                Result("EagerListVsIterator", "Iterator", "Count=1000", 22_424, gen0: 8, operations: 6_656),
                new Finding(
                    Metric.AllocatedBytesPerOperation,
                    FindingKind.Regression,
                    22_400,
                    22_424,
                    new AllocationChange(Allowance: 8.112, OtherThreads: 0)),
                new Finding(
                    Metric.Gen0Collections,
                    FindingKind.NotComparable,
                    1.2,
                    1.2,
                    new Note("the environments differ (processor count 8 vs 2)."))),
            Unchanged(Result("EagerListVsIterator", "EagerList", "Count=100000", 5_288_130, gen0: 8, gen1: 8, gen2: 8, operations: 17, baseline: true)),
            Unchanged(Result("EagerListVsIterator", "Iterator", "Count=100000", 3_190_400, gen0: 4, operations: 23)),
            Changed(
                Verdict.Regressed,
                Result("EventHandlerLeak", "Subscribe", "", 88, gen0: 1, operations: 200_000, retained: new(0.2, 0.3), baseline: true),
                Result("EventHandlerLeak", "Subscribe", "", 88, gen0: 1, operations: 200_000, retained: new(48.1, 0.6), baseline: true),
                new Finding(
                    Metric.RetainedBytesPerOperation,
                    FindingKind.Regression,
                    0.2,
                    48.1,
                    new LeakChange(LeakChangeKind.Introduced, new RetainedMemory(0.2, 0.3), new RetainedMemory(48.1, 0.6), Allowance: 4, LumpFactor: null))),
            Unchanged(Result("EventHandlerLeak", "Unsubscribe", "", 88, gen0: 1, operations: 200_000, retained: new(0.1, 0.2))),
            Changed(
                Verdict.Removed,
                Result("LinqVsLoop", "Linq", "Count=10", 184, gen0: 3, operations: 100_000, baseline: true),
                null),
            Changed(
                Verdict.Failed,
                Result("RegexVsSpan", "Regex", "", 1_152, gen0: 2, operations: 50_000, baseline: true),
                Failed("RegexVsSpan", "Regex", "", baseline: true),
                new Finding(Metric.AllocatedBytesPerOperation, FindingKind.Failure, 1_152, null, new Note("The benchmark produced no measurement (it threw during the run)."))),
            Changed(
                Verdict.New,
                null,
                Result("RegexVsSpan", "Span", "", 0, operations: 400_000)),
            Changed(
                Verdict.Improved,
                Result("StringConcatVsBuilder", "Builder", "Parts=100", 12_800, gen0: 3, operations: 40_000),
                Result("StringConcatVsBuilder", "Builder", "Parts=100", 11_520, gen0: 3, operations: 40_000),
                new Finding(
                    Metric.AllocatedBytesPerOperation,
                    FindingKind.Improvement,
                    12_800,
                    11_520,
                    new AllocationChange(Allowance: 8.064, OtherThreads: 0))),
            Unchanged(Result("StringConcatVsBuilder", "Concat", "Parts=100", 110_400, gen0: 30, operations: 12_000, baseline: true)),
            Unchanged(Result("StringSplit", "Split", "Separator=|, Text=@octocat #1 <b>x</b>", 312, gen0: 1, operations: 90_000)),
            Unchanged(Result("UnboundedCache", "Add", "", 64, gen0: 1, operations: 150_000, retained: new(40.2, 0.4), baseline: true)),
            Unchanged(Result("UnboundedCache", "AddBounded", "", 64, gen0: 1, operations: 150_000, retained: new(-0.1, 0.3))),
            Changed(
                Verdict.OverBudget,
                Result("ValueTaskVsTask", "ValueTask", "Items=10", 72, gen0: 1, operations: 300_000),
                Result("ValueTaskVsTask", "ValueTask", "Items=10", 72, gen0: 1, operations: 300_000),
                new Finding(
                    Metric.AllocatedBytesPerOperation,
                    FindingKind.BudgetBreach,
                    0,
                    72,
                    new OverBudget(BudgetRequirement.MaxBytesPerOperation, "[MemoryBudget] on ValueTaskVsTask.ValueTask"))),
            Unchanged(Result("ValueTaskVsTask", "Task", "Items=10", 144, gen0: 2, operations: 300_000, baseline: true)),
        }.OrderBy(b => b.Id)],
        Laptop,
        CiRunner,
        GcCountsComparable: false,
        NotComparableReason: "processor count 8 vs 2",
        Thresholds)
    {
        BaselineToolchain = new Toolchain("0.15.1", "0.2.0"),
        CurrentToolchain = new Toolchain("0.15.8", "0.2.0"),
    };

    /// <summary>The representative comparison, measured with the same versions on both sides.</summary>
    public static ComparisonResult RepresentativeOfOneToolchain() =>
        Representative() with { BaselineToolchain = new Toolchain("0.15.8", "0.2.0") };

    /// <summary>A passing comparison of <paramref name="count"/> unchanged benchmarks, for size limits.</summary>
    public static ComparisonResult ManyUnchanged(int count) => new(
        [.. Enumerable.Range(0, count)
            .Select(i => Unchanged(Result("Generated", "Method" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "Size=1024", 1_000 + i, gen0: 1, operations: 10_000)))],
        Laptop,
        Laptop,
        GcCountsComparable: true,
        NotComparableReason: null,
        Thresholds);

    /// <summary>One benchmark whose parameters are <paramref name="parameters"/>, regressed, in a comparison of its own.</summary>
    public static ComparisonResult WithParameters(string parameters) => new(
        [Changed(
            Verdict.Regressed,
            Result("Parsing", "Parse", parameters, 100, gen0: 1, operations: 1_000),
            Result("Parsing", "Parse", parameters, 124, gen0: 1, operations: 1_000),
            new Finding(Metric.AllocatedBytesPerOperation, FindingKind.Regression, 100, 124, new Note($"Parse({parameters}) allocates more.")))],
        Laptop,
        Laptop,
        GcCountsComparable: true,
        NotComparableReason: null,
        Thresholds);

    /// <summary>
    /// Names and parameters written to break a pull request comment: markup, links, mentions, issue references, table
    /// pipes, code fences, line breaks, a right-to-left override and a value too long for a cell; one of them regressed.
    /// </summary>
    public static ComparisonResult HostileNames() => new(
        [.. new[]
        {
            "Text=<script>alert(1)</script>",
            "Text=<b>bold</b> <img src=x onerror=alert(1)>",
            "User=@octocat, Team=@github/security",
            "Ticket=#1, Other=GH-2",
            "Separator=|, Text=a|b",
            "Text=`code` and ```fence",
            "Text=*bold* _em_ ~~struck~~",
            "Text=[link](https://example.com) www.example.com",
            "Text=![image](x.png)",
            "Text=line one\nline two",
            "Text=abc\u202Edef",
            "Text=" + new string('x', 300),
        }
        .Select((parameters, i) => i == 0
            ? Changed(
                Verdict.Regressed,
                Result("Parsing", "Parse", parameters, 100, gen0: 1, operations: 1_000),
                Result("Parsing", "Parse", parameters, 124, gen0: 1, operations: 1_000),
                new Finding(Metric.AllocatedBytesPerOperation, FindingKind.Regression, 100, 124, new Note($"Parse({parameters}) allocates more.")))
            : Unchanged(Result("Parsing", "Parse", parameters, 100, gen0: 1, operations: 1_000)))
        .OrderBy(b => b.Id)],
        Laptop,
        Laptop,
        GcCountsComparable: true,
        NotComparableReason: null,
        Thresholds)
    {
        // Versions are read from the exports too, so they can be as hostile as names.
        BaselineToolchain = new Toolchain("0.15.8", "0.2.0"),
        CurrentToolchain = new Toolchain("<img src=x onerror=alert(1)> @octocat #1", "0.2.0"),
    };

    /// <summary><paramref name="count"/> unchanged pairs, each frugal way allocating half; the first two wasteful ways also retain 40 B/op.</summary>
    public static ComparisonResult ManyPairs(int count) => new(
        [.. Enumerable.Range(0, count).SelectMany(i =>
        {
            var type = "Pair" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            return new[]
            {
                Unchanged(Result(type, "Frugal", "", 500, gen0: 1, operations: 10_000)),
                Unchanged(Result(type, "Wasteful", "", 1_000, gen0: 1, operations: 10_000, retained: i < 2 ? new(40, 0.5) : null, baseline: true)),
            };
        })],
        Laptop,
        Laptop,
        GcCountsComparable: true,
        NotComparableReason: null,
        Thresholds);

    public static BenchmarkResult Result(
        string type,
        string method,
        string parameters,
        long bytes,
        long gen0 = 0,
        long gen1 = 0,
        long gen2 = 0,
        long operations = 1_000,
        RetainedMemory? retained = null,
        bool baseline = false) =>
        new(
            Id(type, method, parameters),
            new BenchmarkName(Namespace, type, method, parameters, "FastMemory"),
            [type],
            baseline,
            new MemoryMetrics(bytes, gen0, gen1, gen2, operations),
            new TimeSummary(1_000, 990, [990, 1_000, 1_010]),
            retained,
            Failed: false);

    public static BenchmarkResult Failed(string type, string method, string parameters, bool baseline = false) =>
        new(
            Id(type, method, parameters),
            new BenchmarkName(Namespace, type, method, parameters, "FastMemory"),
            [type],
            baseline,
            Memory: null,
            Time: null,
            Retained: null,
            Failed: true);

    public static BenchmarkComparison Unchanged(BenchmarkResult result) => new(result.Id, Verdict.Unchanged, [], result, result);

    public static BenchmarkComparison Changed(Verdict verdict, BenchmarkResult? baseline, BenchmarkResult? current, params Finding[] findings) =>
        new((current ?? baseline)!.Id, verdict, [.. findings], baseline, current);

    private static BenchmarkId Id(string type, string method, string parameters) =>
        new($"{Namespace}.{type}.{method}" + (parameters.Length > 0 ? $"({parameters})" : ""));
}
