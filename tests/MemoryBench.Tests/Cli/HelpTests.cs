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
    }
}
