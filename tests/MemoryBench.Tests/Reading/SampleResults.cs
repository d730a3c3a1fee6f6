using MemoryBench.Model;

namespace MemoryBench.Tests.Reading;

/// <summary>Small results built in code, for the baseline file's tests.</summary>
internal static class SampleResults
{
    public static readonly EnvironmentFingerprint Environment = new("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.12", 2, "Workstation, Concurrent")
    {
        Gen0Budget = new Gen0Budget(8 * 1024 * 1024, Gen0BudgetSource.Pinned),
    };

    public static BenchmarkResult Measured(string method, long bytes, string parameters = "") => new(
        BenchmarkIdentity.Of(new BenchmarkName("Shop", "Pricing", method, parameters, "FastMemory"), includeJob: false),
        new BenchmarkName("Shop", "Pricing", method, parameters, "FastMemory"),
        ["Pricing"],
        IsBaseline: false,
        new MemoryMetrics(bytes, 12, 1, 0, 5_344),
        new TimeSummary(19_474.022798153692, 19_420.757952844313, [20_204.070452844313, 19_420.757952844313, 18_797.239988772457]),
        Retained: null,
        Failed: false);

    public static BenchmarkResult Failed(string method) => new(
        BenchmarkIdentity.Of(new BenchmarkName("Shop", "Pricing", method, "", "FastMemory"), includeJob: false),
        new BenchmarkName("Shop", "Pricing", method, "", "FastMemory"),
        [],
        IsBaseline: false,
        Memory: null,
        Time: null,
        Retained: null,
        Failed: true);

    public static readonly Toolchain Toolchain = new("0.15.8", "0.2.0");

    public static RunResults Run(params BenchmarkResult[] benchmarks) =>
        new(Environment, [.. benchmarks.OrderBy(benchmark => benchmark.Id)], ["results/latest"]) { Toolchain = Toolchain };
}
