using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

[TestClass]
public sealed class MemoryBenchConfigTests
{
    [TestMethod]
    public void Every_benchmark_of_the_suite_runs_under_the_memory_diagnosers_and_the_fast_memory_job_from_the_attribute_alone()
    {
        var cases = SuiteCases.For();

        Assert.IsNotEmpty(cases);
        foreach (var benchmark in cases)
        {
            Assert.AreEqual(FastMemoryJob.Id, benchmark.Job.Id, benchmark.DisplayInfo);
            Assert.IsTrue(benchmark.Config.HasMemoryDiagnoser(), benchmark.DisplayInfo);
            Assert.IsTrue(benchmark.Config.GetDiagnosers().Any(d => d is RetainedMemoryDiagnoser), benchmark.DisplayInfo);
            Assert.IsTrue(benchmark.Config.GetExporters().Any(e => e is MemoryBenchExporter), benchmark.DisplayInfo);
        }
    }

    [TestMethod]
    public void Every_benchmark_of_the_suite_gets_its_allocations_attributed_from_the_attribute_alone()
    {
        var cases = SuiteCases.For();

        Assert.IsNotEmpty(cases);
        Assert.IsTrue(cases.All(c => c.Config.GetDiagnosers().Count(d => d is AllocationProfileDiagnoser) == 1));
    }

    [TestMethod]
    public void Every_benchmark_of_the_fast_job_is_counted_by_the_counting_engine()
    {
        var cases = SuiteCases.For();

        Assert.IsNotEmpty(cases);
        Assert.IsTrue(cases.All(c => c.Job.Infrastructure.EngineFactory is CountingEngineFactory));
    }

    [TestMethod]
    public void A_job_chosen_on_the_command_line_replaces_the_fast_job_instead_of_running_beside_it()
    {
        var cases = CommandLineCases.For("--job", "short");

        Assert.IsNotEmpty(cases);
        Assert.IsTrue(cases.All(c => c.Job.Id != FastMemoryJob.Id));
        Assert.IsTrue(cases.All(c => c.Job.Run.IterationCount == Job.ShortRun.Run.IterationCount));
        Assert.IsTrue(cases.All(c => c.Config.HasMemoryDiagnoser()));
    }

    [TestMethod]
    public void A_project_config_with_AddMemoryBench_gets_what_the_attribute_gives()
    {
        var config = ManualConfig.CreateEmpty().AddMemoryBench();

        Assert.AreEqual(FastMemoryJob.Id, config.GetJobs().Single().Id);
        Assert.IsTrue(config.GetDiagnosers().Any(d => d is RetainedMemoryDiagnoser));
        Assert.IsTrue(config.GetExporters().Any(e => e is MemoryBenchExporter));
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromMinutes(10), config.BuildTimeout);
    }

    [TestMethod]
    public void The_retained_memory_attribute_and_the_config_attribute_together_measure_once()
    {
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(BothAttributes), ManualConfig.CreateEmpty()).BenchmarksCases;

        Assert.AreEqual(1, cases.Single().Config.GetDiagnosers().Count(d => d is RetainedMemoryDiagnoser));
    }

    [TestMethod]
    public void Every_scenario_is_a_pair_named_by_one_category_with_one_wasteful_baseline_per_parameter_set()
    {
        foreach (var group in SuiteCases.For().GroupBy(c => (c.Descriptor.Type, c.Parameters.DisplayInfo)))
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
        Assert.IsTrue(SuiteCases.For().All(c => c.Config.BuildTimeout >= TimeSpan.FromMinutes(10)));
    }

    [MemoryBenchConfig]
    [RetainedMemoryDiagnoser]
    public class BothAttributes
    {
        private readonly int result = 1;

        [global::BenchmarkDotNet.Attributes.Benchmark]
        public int Work() => result;
    }
}
