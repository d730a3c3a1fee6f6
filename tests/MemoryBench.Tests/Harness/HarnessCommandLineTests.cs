using MemoryBench.Benchmarks.Harness;
using MemoryBench.Gate;

namespace MemoryBench.Tests.Harness;

[TestClass]
public sealed class HarnessCommandLineTests
{
    [TestMethod]
    public void BenchmarkDotNet_arguments_pass_through_unchanged_and_in_order()
    {
        var options = HarnessCommandLine.Parse(["--filter", "*Iterator*", "--shard", "1/2", "--job", "short", "--list", "flat"], out _);

        // The pinned gen0 budget follows them, for the job they chose (PinnedGen0BudgetTests).
        CollectionAssert.AreEqual(
            new[] { "--filter", "*Iterator*", "--job", "short", "--list", "flat", "--envVars", "DOTNET_GCgen0size:0x800000" },
            options!.BenchmarkDotNetArguments.ToArray());
        Assert.AreEqual(new Shard(1, 2), options.Shard);
    }

    [TestMethod]
    public void Without_options_the_whole_suite_runs_into_results_latest_and_is_compared()
    {
        var options = HarnessCommandLine.Parse([], out _);

        Assert.AreEqual(Shard.All, options!.Shard);
        Assert.IsTrue(options.Compare);
        Assert.AreEqual(Path.Combine("results", "latest"), options.ArtifactsPath);
        Assert.AreEqual(Path.Combine("results", "baseline.json"), options.BaselinePath);
        Assert.IsFalse(options.NativeMemory);
        Assert.IsNull(options.BudgetsPath);
    }

    [TestMethod]
    public void Without_a_filter_the_whole_suite_is_selected_so_BenchmarkDotNet_never_asks_on_the_console()
    {
        var options = HarnessCommandLine.Parse(["--list", "flat"], out _);

        CollectionAssert.AreEqual(new[] { "--list", "flat", "--filter", "*" }, options!.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    [DataRow("--anyCategories")]
    [DataRow("--allCategories")]
    [DataRow("-f")]
    public void A_selection_on_the_command_line_is_left_alone(string selection)
    {
        var options = HarnessCommandLine.Parse([selection, "LinqVsLoop"], out _);

        CollectionAssert.AreEqual(new[] { selection, "LinqVsLoop" }, options!.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    public void Harness_switches_are_recognised()
    {
        var options = HarnessCommandLine.Parse(["--no-compare", "--native-memory", "--artifacts", "out/run1", "--budgets", "ci/budgets.json", "-f", "*"], out _);

        Assert.IsFalse(options!.Compare);
        Assert.IsTrue(options.NativeMemory);
        Assert.AreEqual("out/run1", options.ArtifactsPath);
        Assert.AreEqual("ci/budgets.json", options.BudgetsPath);
        CollectionAssert.AreEqual(new[] { "-f", "*" }, options.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    public void A_bad_shard_is_an_error_naming_the_expected_form()
    {
        Assert.IsNull(HarnessCommandLine.Parse(["--shard", "5/2"], out var error));
        Assert.Contains("--shard expects i/n", error!);
    }

    [TestMethod]
    public void Help_lists_every_harness_option()
    {
        var help = HarnessCommandLine.Help();

        foreach (var option in new[] { "--shard <i/n>", "--no-compare", "--artifacts <dir>", "--baseline <file>", "--budgets <file>", "--native-memory" })
        {
            Assert.Contains(option, help);
        }
    }
}
