using BenchmarkDotNet.Configs;
using BenchmarkDotNet.ConsoleArguments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using MemoryBench.Benchmarks.Configuration;
using MemoryBench.Benchmarks.Engines;
using MemoryBench.Benchmarks.Harness;

namespace MemoryBench.Tests.Harness;

[TestClass]
public sealed class SuiteConfigTests
{
    private static BenchmarkCase[] AllCases(IConfig config) =>
        SuiteCatalog.Types.SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, config).BenchmarksCases).ToArray();

    [TestMethod]
    public void Every_benchmark_runs_under_the_memory_diagnoser_and_the_fast_memory_job()
    {
        var cases = AllCases(SuiteConfig.Create("results/latest", []));

        Assert.IsNotEmpty(cases);
        foreach (var benchmark in cases)
        {
            Assert.AreEqual(FastMemoryJob.Id, benchmark.Job.Id, benchmark.DisplayInfo);
            Assert.IsTrue(benchmark.Config.HasMemoryDiagnoser(), benchmark.DisplayInfo);
        }
    }

    [TestMethod]
    public void Every_benchmark_of_the_fast_job_is_counted_by_the_counting_engine()
    {
        var cases = AllCases(SuiteConfig.Create("results/latest", []));

        Assert.IsTrue(cases.All(c => c.Job.Infrastructure.EngineFactory is CountingEngineFactory));
    }

    [TestMethod]
    public void A_job_chosen_on_the_command_line_replaces_the_fast_job_instead_of_running_beside_it()
    {
        string[] arguments = ["--job", "short"];
        var suite = SuiteConfig.Create("results/latest", arguments);
        var (parsed, commandLine, _) = ConfigParser.Parse(arguments, NullLogger.Instance, suite);

        Assert.IsTrue(parsed);
        // BenchmarkSwitcher unites its config with the command line's in the same way.
        var cases = AllCases(ManualConfig.Union(suite, commandLine));
        Assert.IsTrue(cases.All(c => c.Job.Id != FastMemoryJob.Id));
        Assert.IsTrue(cases.All(c => c.Job.Run.IterationCount == Job.ShortRun.Run.IterationCount));
        Assert.IsTrue(cases.All(c => c.Config.HasMemoryDiagnoser()));
    }

    [TestMethod]
    public void Every_scenario_is_a_pair_named_by_one_category_with_one_wasteful_baseline_per_parameter_set()
    {
        foreach (var group in AllCases(SuiteConfig.Create("results/latest", [])).GroupBy(c => (c.Descriptor.Type, c.Parameters.DisplayInfo)))
        {
            var categories = group.SelectMany(c => c.Descriptor.Categories).Distinct().ToArray();
            Assert.HasCount(1, categories, group.Key.Type.Name);
            Assert.AreEqual(group.Key.Type.Name, categories[0]);
            Assert.AreEqual(1, group.Count(c => c.Descriptor.Baseline), group.Key.Type.Name);
            Assert.IsGreaterThanOrEqualTo(2, group.Count(), group.Key.Type.Name);
        }
    }

    [TestMethod]
    public void Building_the_generated_project_may_take_longer_than_BenchmarkDotNets_two_minutes()
    {
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromMinutes(10), SuiteConfig.Create("results/latest", []).BuildTimeout);
    }
}
