using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.IntegrationTests.Leaks;

/// <summary>The retained-memory diagnoser measuring real benchmarks in this process, and what it says afterwards.</summary>
[TestClass]
[DoNotParallelize]
public sealed class RetainedMemoryDiagnoserRunTests
{
    [TestMethod]
    public void The_time_the_measurements_took_is_shown_after_the_run()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ArgumentLeak)).BenchmarksCases.Single();
        var logger = new AccumulationLogger();

        var metrics = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.HasCount(6, metrics);
        Assert.Contains("Retained memory measured for 1 benchmark case(s)", logger.GetLog());
        Assert.Contains("slowest", logger.GetLog());
    }

    [TestMethod]
    public void Each_summary_shows_only_the_cases_measured_since_the_last_one()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ArgumentLeak)).BenchmarksCases.Single();
        _ = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(new AccumulationLogger());
        var logger = new AccumulationLogger();

        _ = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.Contains("Retained memory measured for 1 benchmark case(s)", logger.GetLog());
    }

    [TestMethod]
    public void A_benchmark_that_throws_gives_no_metrics_and_is_reported_after_the_run()
    {
        var diagnoser = new RetainedMemoryDiagnoser();
        var benchmarkCase = BenchmarkConverter.TypeToBenchmarks(typeof(ThrowingBenchmark)).BenchmarksCases.Single();
        var logger = new AccumulationLogger();

        var metrics = diagnoser.Measure(benchmarkCase).ToArray();
        diagnoser.DisplayResults(logger);

        Assert.IsEmpty(metrics);
        Assert.Contains("Retained memory not measured for ThrowingBenchmark.Fail", logger.GetLog());
        Assert.Contains("InvalidOperationException: always fails", logger.GetLog());
    }
}
