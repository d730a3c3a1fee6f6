using MemoryBench.Cli.Running;
using MemoryBench.Model;

namespace MemoryBench.Tests.Cli.Gate;

/// <summary>The benchmark processes get only what they need: the baseline and the budgets are read by the gate's pipeline.</summary>
[TestClass]
public sealed class GateRunVariablesTests
{
    [TestMethod]
    public void No_variable_of_a_gate_run_carries_the_baseline_or_the_budgets()
    {
        var run = new GateRun(
            new BenchmarkProject("/repo/bench/Bench.csproj"),
            new GateRunPlan(["*Iterator*"], new Shard(1, 2), "/repo/results/latest", MemoryArguments.None, ["--job", "short"]),
            "/repo/results/baseline.json",
            "/repo/results/budgets.json",
            Compare: true);

        var values = run.RunVariables.Values.ToList();

        Assert.IsNotEmpty(values);
        Assert.IsFalse(values.Any(value => value.Contains("baseline.json", StringComparison.Ordinal) || value.Contains("budgets.json", StringComparison.Ordinal)));
        Assert.IsFalse(run.RunVariables.Keys.Any(name => name.Contains("BASELINE", StringComparison.Ordinal) || name.Contains("BUDGET", StringComparison.Ordinal)));
    }
}
