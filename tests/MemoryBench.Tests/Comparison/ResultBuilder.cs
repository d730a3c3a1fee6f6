using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Tests.Comparison;

/// <summary>Benchmark results and runs built in code, with every figure a test does not care about set to something harmless.</summary>
internal static class ResultBuilder
{
    /// <summary>The suite's machine: its jobs pin an 8 MiB gen0 budget.</summary>
    public static readonly EnvironmentFingerprint Machine =
        new("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.12", 2, "Workstation, Concurrent")
        {
            Gen0Budget = new Gen0Budget(8 * 1024 * 1024, Gen0BudgetSource.Pinned),
        };

    public static MemoryMetrics Memory(long bytes = 1_000, long gen0 = 10, long gen1 = 1, long gen2 = 0, long operations = 1_000) =>
        new(bytes, gen0, gen1, gen2, operations);

    /// <summary>A benchmark <c>Suite.Scenario.{method}</c> that allocated <paramref name="bytes"/> per operation.</summary>
    public static BenchmarkResult Benchmark(string method = "Work", long bytes = 1_000) =>
        new(
            new BenchmarkId($"Suite.Scenario.{method}"),
            new BenchmarkName("Suite", "Scenario", method, "", "FastMemory"),
            ImmutableArray<string>.Empty,
            IsBaseline: false,
            Memory(bytes),
            Time: null,
            Retained: null,
            Failed: false);

    public static BenchmarkResult WithMemory(this BenchmarkResult benchmark, MemoryMetrics? memory) =>
        benchmark with { Memory = memory };

    public static BenchmarkResult WithGen2(this BenchmarkResult benchmark, long gen2) =>
        benchmark with { Memory = benchmark.Memory! with { Gen2Collections = gen2 } };

    public static BenchmarkResult WithRetained(this BenchmarkResult benchmark, double bytesPerOperation, double standardError = 0) =>
        benchmark with { Retained = new RetainedMemory(bytesPerOperation, standardError) };

    public static BenchmarkResult WithTimes(this BenchmarkResult benchmark, params double[] nanosecondsPerOperation) =>
        benchmark with { Time = Times(nanosecondsPerOperation) };

    public static BenchmarkResult WithBudget(
        this BenchmarkResult benchmark, long? maxBytes = null, bool noGen2 = false, bool retainsNothing = false, string source = "[MemoryBudget] attribute") =>
        benchmark with { Budget = new Budget(maxBytes, noGen2, retainsNothing, source) };

    public static BenchmarkResult AsFailed(this BenchmarkResult benchmark) =>
        benchmark with { Memory = null, Time = null, Failed = true };

    public static TimeSummary Times(params double[] nanosecondsPerOperation)
    {
        var sorted = nanosecondsPerOperation.Order().ToArray();
        return new TimeSummary(nanosecondsPerOperation.Average(), sorted[sorted.Length / 2], [.. nanosecondsPerOperation]);
    }

    /// <summary>Ten workload measurements around <paramref name="nanoseconds"/>, spread by 1%.</summary>
    public static double[] Around(double nanoseconds) =>
        [.. Enumerable.Range(0, 10).Select(i => nanoseconds * (1 + (i * 0.001)))];

    public static RunResults Run(params BenchmarkResult[] benchmarks) => RunOn(Machine, benchmarks);

    public static RunResults RunOn(EnvironmentFingerprint? environment, params BenchmarkResult[] benchmarks) =>
        new(environment, [.. benchmarks.OrderBy(benchmark => benchmark.Id)], ["test"]);
}
