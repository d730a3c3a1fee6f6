using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

[TestClass]
public sealed class RunnerCommandLineTests
{
    [TestMethod]
    public void BenchmarkDotNet_arguments_pass_through_unchanged_and_in_order_with_the_run_folder()
    {
        var options = RunnerCommandLine.Parse(["--filter", "*Iterator*", "--job", "short", "--list", "flat"], out _);

        // The pinned gen0 budget follows them, for the job they chose (PinnedGen0BudgetTests).
        CollectionAssert.AreEqual(
            new[] { "--filter", "*Iterator*", "--job", "short", "--list", "flat", "--artifacts", Path.Combine("results", "latest"), "--envVars", "DOTNET_GCgen0size:0x800000" },
            options!.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    public void Without_options_every_benchmark_runs_into_results_latest_and_is_compared_with_results_baseline()
    {
        var options = RunnerCommandLine.Parse([], out _);

        Assert.AreEqual(Path.Combine("results", "latest"), options!.ArtifactsPath);
        Assert.AreEqual(Path.Combine("results", "baseline.json"), options.BaselinePath);
        Assert.IsFalse(options.NativeMemory);
        Assert.IsNull(options.BudgetsPath);
        Assert.IsNull(options.Attribution, "without --attribution, MEMORYBENCH_ATTRIBUTION (or its default) must stand");
    }

    [TestMethod]
    [DataRow("none", "None")]
    [DataRow("all", "All")]
    [DataRow("failing", "Failing")]
    public void The_attribution_option_is_read_when_given(string value, string expected)
    {
        var options = RunnerCommandLine.Parse(["--attribution", value], out _);

        Assert.AreEqual(expected, options!.Attribution?.ToString());
    }

    [TestMethod]
    public void Without_a_filter_every_benchmark_is_selected_so_BenchmarkDotNet_never_asks_on_the_console()
    {
        var options = RunnerCommandLine.Parse(["--list", "flat"], out _);

        CollectionAssert.AreEqual(
            new[] { "--list", "flat", "--filter", "*", "--artifacts", Path.Combine("results", "latest") }, options!.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    [DataRow("--anyCategories")]
    [DataRow("--allCategories")]
    [DataRow("-f")]
    public void A_selection_on_the_command_line_is_left_alone(string selection)
    {
        var options = RunnerCommandLine.Parse([selection, "LinqVsLoop"], out _);

        CollectionAssert.AreEqual(
            new[] { selection, "LinqVsLoop", "--artifacts", Path.Combine("results", "latest") }, options!.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    public void Runner_switches_are_recognised_and_the_run_folder_reaches_BenchmarkDotNet()
    {
        var options = RunnerCommandLine.Parse(["--native-memory", "--artifacts", "out/run1", "--baseline", "b.json", "--budgets", "ci/budgets.json", "-f", "*"], out _);

        Assert.IsTrue(options!.NativeMemory);
        Assert.AreEqual("out/run1", options.ArtifactsPath);
        Assert.AreEqual("b.json", options.BaselinePath);
        Assert.AreEqual("ci/budgets.json", options.BudgetsPath);
        CollectionAssert.AreEqual(new[] { "-f", "*", "--artifacts", "out/run1" }, options.BenchmarkDotNetArguments.ToArray());
    }

    [TestMethod]
    public void Help_lists_every_runner_option()
    {
        var help = RunnerCommandLine.Help();

        foreach (var option in new[] { "--artifacts <dir>", "--baseline <file>", "--budgets <file>", "--native-memory" })
        {
            Assert.Contains(option, help);
        }
    }

    [TestMethod]
    [DataRow("--list", "flat")]
    [DataRow("--help")]
    [DataRow("-h")]
    [DataRow("-?")]
    [DataRow("--info")]
    [DataRow("--version")]
    public void A_command_that_runs_no_benchmark_leaves_the_run_folder_alone(params string[] args)
    {
        Assert.IsFalse(RunnerCommandLine.Parse(args, out _)!.MayRunBenchmarks);
    }

    [TestMethod]
    public void A_filtered_run_may_run_benchmarks()
    {
        Assert.IsTrue(RunnerCommandLine.Parse(["--filter", "*TaskVsValueTask*"], out _)!.MayRunBenchmarks);
    }
}
