using MemoryBench.Model;

namespace MemoryBench.Tool.Benchmarks.Synthetic;

/// <summary>
/// A made-up suite shaped like MemoryBench's own, at any size: types of paired scenarios (a wasteful baseline method and
/// a frugal one, one category per type) under ten parameter values each, with figures like the fast job measures.
/// </summary>
public static class SyntheticSuite
{
    public const string Namespace = "Synthetic.Scenarios";
    public const string Job = "ShortRun";

    private const int ParameterValues = 10;
    private const int MethodsPerType = 2;

    public static EnvironmentFingerprint Environment { get; } =
        new("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.12", 2, "default");

    /// <summary>The baseline run: <paramref name="count"/> benchmarks (a multiple of 20), every one measured.</summary>
    public static RunResults Baseline(int count)
    {
        if (count <= 0 || count % (ParameterValues * MethodsPerType) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A whole number of types of 2 methods under 10 parameter values.");
        }

        return new RunResults(
            Environment,
            [.. Enumerable.Range(0, count).Select(Benchmark).OrderBy(benchmark => benchmark.Id)],
            ["synthetic baseline"]);
    }

    /// <summary>
    /// The same run after a change: every <paramref name="regressionEvery"/>-th benchmark allocates one more 24-byte
    /// object per operation, every <paramref name="improvementEvery"/>-th (offset by one) one less 32-byte object;
    /// the other figures move by a little counting noise, as a second run's do.
    /// </summary>
    public static RunResults Changed(RunResults baseline, int regressionEvery, int improvementEvery)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline with
        {
            Benchmarks = [.. baseline.Benchmarks.Select((benchmark, index) => Changed(benchmark, index, regressionEvery, improvementEvery))],
            Sources = ["synthetic current run"],
        };
    }

    private static BenchmarkResult Changed(BenchmarkResult benchmark, int index, int regressionEvery, int improvementEvery)
    {
        var memory = benchmark.Memory!;
        var bytes = memory.BytesAllocatedPerOperation
            + (index % regressionEvery == 0 ? 24 : 0)
            - (index % improvementEvery == 1 ? 32 : 0);
        return benchmark with
        {
            Memory = memory with { BytesAllocatedPerOperation = bytes, TotalOperations = memory.TotalOperations + (index % 7) * 16 },
            Time = benchmark.Time! with { MeanNanoseconds = benchmark.Time.MeanNanoseconds * (1 + (index % 5 * 0.01)) },
        };
    }

    private static BenchmarkResult Benchmark(int index)
    {
        var type = $"Scenario{index / (ParameterValues * MethodsPerType):D4}";
        var wasteful = index / ParameterValues % MethodsPerType == 0;
        var count = (index % ParameterValues + 1) * 100;
        var name = new BenchmarkName(Namespace, type, wasteful ? "Wasteful" : "Frugal", $"Count={count}", Job);

        // A list of `count` references for the wasteful side, a small enumerator for the frugal one.
        var bytes = wasteful ? 56 + (8L * count) : 40 + (index % 3 * 24);
        var operations = 4_000_000 / (bytes + 64) * 16;
        var gen0 = bytes * operations / (3 * 1024 * 1024);
        var nanoseconds = 20.0 + (count * (wasteful ? 1.5 : 0.9));
        return new BenchmarkResult(
            BenchmarkIdentity.Of(name, includeJob: false),
            name,
            [type],
            IsBaseline: wasteful,
            new MemoryMetrics(bytes, gen0, gen0 / 50, 0, operations),
            new TimeSummary(nanoseconds, nanoseconds * 0.98, [nanoseconds * 0.97, nanoseconds * 0.98, nanoseconds * 1.05]),
            Retained: null,
            Failed: false);
    }
}
