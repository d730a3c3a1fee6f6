using MemoryBench.Cli.Running;
using MemoryBench.Model;

namespace MemoryBench.Tests.Cli.Gate;

[TestClass]
public sealed class GateRunPlanTests
{
    private static GateRunPlan Plan(string[] filters, Shard shard, MemoryArguments memory = MemoryArguments.Auto, params string[] passThrough) =>
        new([.. filters], shard, "/runs/latest", memory, [.. passThrough]);

    [TestMethod]
    public void A_plain_project_is_run_with_the_memory_diagnoser_and_the_json_export_into_the_run_folder()
    {
        var arguments = Plan(["*"], Shard.All).RunArguments(null, ["BenchmarkDotNet"]);

        CollectionAssert.AreEqual(
            new[] { "--filter", "*", "--artifacts", "/runs/latest", "--memory", "--exporters", "json" }, arguments.ToArray());
    }

    [TestMethod]
    public void A_project_with_its_own_memory_config_gets_only_the_selection_and_the_run_folder()
    {
        var arguments = Plan(["*Iterator*"], Shard.All, MemoryArguments.Auto, "--job", "short").RunArguments(null, ["BenchmarkDotNet", "MemoryBench.BenchmarkDotNet"]);

        CollectionAssert.AreEqual(new[] { "--filter", "*Iterator*", "--artifacts", "/runs/latest", "--job", "short" }, arguments.ToArray());
    }

    [TestMethod]
    [DataRow("Add", true)]
    [DataRow("None", false)]
    public void The_users_choice_of_memory_arguments_stands_whatever_the_project_references(string memory, bool added)
    {
        var arguments = Plan(["*"], Shard.All, Enum.Parse<MemoryArguments>(memory)).RunArguments(null, added ? ["MemoryBench.BenchmarkDotNet"] : ["BenchmarkDotNet"]);

        Assert.AreEqual(added, arguments.Contains("--memory"));
    }

    [TestMethod]
    public void A_shard_runs_its_benchmarks_by_exact_name_but_records_the_users_filter_and_the_shard()
    {
        var plan = Plan(["*Iterator*"], new Shard(2, 3));

        var arguments = plan.RunArguments(["App.Iterator.Eager", "App.Iterator.Lazy"], []);

        CollectionAssert.AreEqual(new[] { "--filter", "App.Iterator.Eager", "App.Iterator.Lazy" }, arguments.Take(3).ToArray());
        Assert.AreEqual("selection --filter *Iterator*, shard 2/3", plan.Selection.Describe());
    }

    [TestMethod]
    [DataRow("--list", "flat")]
    [DataRow("--help")]
    [DataRow("--info")]
    [DataRow("--version")]
    public void BenchmarkDotNets_commands_that_measure_nothing_are_passed_on_without_the_run_folder(params string[] command)
    {
        var plan = Plan(["*A*"], Shard.All, MemoryArguments.Auto, command);

        Assert.IsFalse(plan.RunsBenchmarks);
        CollectionAssert.AreEqual(new[] { "--filter", "*A*" }.Concat(command).ToArray(), plan.CommandArguments.ToArray());
    }

    [TestMethod]
    public void A_run_with_BenchmarkDotNets_options_runs_benchmarks()
    {
        Assert.IsTrue(Plan(["*"], Shard.All, MemoryArguments.Auto, "--anyCategories", "Leaks", "--job", "short").RunsBenchmarks);
    }

    [TestMethod]
    public void Listing_uses_the_same_selection_as_the_run()
    {
        var arguments = Plan(["*A*", "*B*"], new Shard(1, 2), MemoryArguments.Auto, "--anyCategories", "Leaks").ListArguments;

        CollectionAssert.AreEqual(new[] { "--list", "flat", "--filter", "*A*", "*B*", "--anyCategories", "Leaks" }, arguments.ToArray());
    }

    [TestMethod]
    public void Every_shard_of_an_unfiltered_selection_together_is_the_whole_run()
    {
        var shards = Enumerable.Range(1, 3).Select(index => Plan(["*"], new Shard(index, 3)).Selection).ToList();

        Assert.IsTrue(shards.All(selection => selection.FiltersNothing));
        Assert.IsFalse(MemoryBench.Model.RunCoverage.Of(shards).IsPartial);
        Assert.IsTrue(MemoryBench.Model.RunCoverage.Of(shards.Take(2).ToList()).IsPartial);
    }
}
