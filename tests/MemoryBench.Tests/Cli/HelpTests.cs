namespace MemoryBench.Tests.Cli;

[TestClass]
public sealed class HelpTests
{
    [TestMethod]
    [DataRow("compare", new[]
    {
        "--baseline", "--current", "--budgets", "--markdown", "--json", "--allocated-tolerance", "--allocated-tolerance-percent",
        "--gc-tolerance-percent", "--time-threshold-percent", "--retained-tolerance", "--color",
    })]
    [DataRow("baseline", new[] { "--from", "--out", "--merge", "--allow-failed" })]
    [DataRow("gate", new[] { "--project", "--filter", "--shard", "--baseline", "--budgets", "--artifacts", "--memory-arguments", "--no-compare", "--no-build" })]
    public void The_help_of_a_command_lists_its_options(string command, string[] options)
    {
        var outcome = CommandOutcome.Run(command, "--help");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.AreEqual("", outcome.Error);
        foreach (var option in options)
        {
            Assert.Contains($"{option} ", outcome.Output);
        }
    }

    [TestMethod]
    public void The_help_of_the_tool_lists_its_commands()
    {
        var outcome = CommandOutcome.Run("--help");

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.Contains("compare", outcome.Output);
        Assert.Contains("baseline", outcome.Output);
        Assert.Contains("gate", outcome.Output);
    }

    [TestMethod]
    [DataRow("--project", "the only project in the repository that references BenchmarkDotNet")]
    [DataRow("--filter", "default: *")]
    [DataRow("--shard", "default: 1/1")]
    [DataRow("--baseline", "default: results/baseline.json")]
    [DataRow("--budgets", "default: ci/budgets.json")]
    [DataRow("--artifacts", "default: results/latest")]
    [DataRow("--memory-arguments", "[default: Auto]")]
    public void The_help_of_the_gate_shows_each_default(string option, string shownDefault)
    {
        var outcome = CommandOutcome.Run("gate", "--help");

        var line = outcome.Output.ReplaceLineEndings("\n").Split('\n').Single(line => line.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
        Assert.Contains(shownDefault, line);
    }
}
