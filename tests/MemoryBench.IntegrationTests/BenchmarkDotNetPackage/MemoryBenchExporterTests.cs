using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.IntegrationTests.BenchmarkDotNetPackage;

/// <summary>What the comparison needs travels in the run's own export, read by the core's reader.</summary>
[TestClass]
[DoNotParallelize]
public sealed class MemoryBenchExporterTests
{
    private static RunResults RunAndRead(Type benchmarks, RunSelection selection, TemporaryFolder folder)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.DontLogOutput))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(new MemoryBenchExporter(() => selection))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(folder.Path)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run(benchmarks, config);
        Assert.IsTrue(summary.Reports.All(r => r.Success), string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        return BenchmarkDotNetReader.Read(folder.Path);
    }

    [TestMethod]
    public void Categories_the_baseline_of_the_pair_and_the_budgets_are_read_back_from_the_export()
    {
        using var folder = new TemporaryFolder();

        var run = RunAndRead(typeof(BudgetedPair), RunSelection.Everything, folder);

        var wasteful = run.Benchmarks.Single(b => b.Name.Method == nameof(BudgetedPair.Wasteful));
        var frugal = run.Benchmarks.Single(b => b.Name.Method == nameof(BudgetedPair.Frugal));
        CollectionAssert.AreEqual(new[] { "Pairs" }, wasteful.Categories.ToArray());
        Assert.IsTrue(wasteful.IsBaseline);
        Assert.IsFalse(frugal.IsBaseline);
        Assert.AreEqual(new Budget(null, NoGen2: false, RetainsNothing: true, "[MemoryBudget] attribute"), wasteful.Budget);
        Assert.AreEqual(new Budget(64, NoGen2: true, RetainsNothing: false, "[MemoryBudget] attribute"), frugal.Budget);
        Assert.AreEqual("Workstation, Concurrent", run.Environment!.GcMode);
    }

    [TestMethod]
    public void A_benchmark_without_a_budget_has_none()
    {
        using var folder = new TemporaryFolder();

        var run = RunAndRead(typeof(Unbudgeted), RunSelection.Everything, folder);

        Assert.IsNull(run.Benchmarks.Single().Budget);
        Assert.IsFalse(run.Coverage.IsPartial);
    }

    [TestMethod]
    public void The_runs_selection_is_read_back_so_a_filtered_run_is_partial()
    {
        using var folder = new TemporaryFolder();

        var run = RunAndRead(typeof(Unbudgeted), new RunSelection(["--filter", "*Unbudgeted*"], 1, 2), folder);

        Assert.IsTrue(run.Coverage.IsPartial);
        Assert.AreEqual("selection --filter *Unbudgeted*, shard 1/2", run.Coverage.Description);
    }

    [TestMethod]
    public void The_run_records_the_BenchmarkDotNet_and_the_MemoryBench_that_measured_it()
    {
        using var folder = new TemporaryFolder();

        var run = RunAndRead(typeof(Unbudgeted), RunSelection.Everything, folder);

        Assert.AreEqual(
            new Toolchain(typeof(BenchmarkRunner).Assembly.GetName().Version!.ToString(3), MemoryBenchVersion.Of(typeof(MemoryBenchExporter).Assembly)),
            run.Toolchain);
    }

    [BenchmarkCategory("Pairs")]
    public class BudgetedPair
    {
        private readonly int size = 100;

        [Benchmark(Baseline = true)]
        [MemoryBudget(RetainsNothing = true)]
        public object Wasteful() => new byte[size];

        [Benchmark]
        [MemoryBudget(MaxBytesPerOperation = 64, NoGen2 = true)]
        public int Frugal() => size;
    }

    public class Unbudgeted
    {
        private readonly int result = 1;

        [Benchmark]
        public int Work() => result;
    }
}
