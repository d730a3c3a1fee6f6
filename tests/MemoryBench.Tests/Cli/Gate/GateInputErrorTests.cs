using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli.Gate;

/// <summary>Input the gate refuses before it builds or runs anything: exit 2, one line naming what is wrong.</summary>
[TestClass]
public sealed class GateInputErrorTests
{
    [TestMethod]
    [DataRow("3/2")]
    [DataRow("0/2")]
    [DataRow("half")]
    public void A_shard_that_is_not_i_of_n_is_bad_input(string shard)
    {
        CommandOutcome.Run("gate", "--shard", shard).AssertBadInput("--shard", "i/n", shard);
    }

    [TestMethod]
    public void A_project_that_does_not_exist_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.File("Missing.csproj");

        CommandOutcome.Run("gate", "--project", missing).AssertBadInput(missing, "no such project");
    }

    [TestMethod]
    public void A_missing_baseline_is_bad_input_that_says_how_to_make_one()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("Bench/Bench.csproj", """<Project Sdk="Microsoft.NET.Sdk" />""");
        var baseline = folder.File("baseline.json");

        var outcome = CommandOutcome.Run("gate", "--project", project, "--baseline", baseline, "--artifacts", folder.File("run"));

        outcome.AssertBadInput(baseline, "no baseline", "memorybench baseline --from", "--no-compare");
    }
}
