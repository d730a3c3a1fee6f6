using MemoryBench.Gate;
using MemoryBench.Model;

namespace MemoryBench.Tests.Cli.Gate;

[TestClass]
public sealed class GateRunEnvironmentTests
{
    [TestMethod]
    public void The_selection_the_gate_hands_to_the_run_reads_back_unchanged()
    {
        var selection = new RunSelection(["--filter", "*Iterator*", "*Linq*", "--anyCategories", "Leaks"], 2, 3);

        var read = GateRunEnvironment.ParseSelection(GateRunEnvironment.FormatSelection(selection));

        Assert.IsNotNull(read);
        Assert.AreEqual(selection.Describe(), read.Describe());
        Assert.AreEqual((2, 3), (read.ShardIndex, read.ShardCount));
    }

    [TestMethod]
    public void A_selection_variable_that_is_not_the_gates_is_ignored()
    {
        Assert.IsNull(GateRunEnvironment.ParseSelection("--filter\n*"));
    }
}
