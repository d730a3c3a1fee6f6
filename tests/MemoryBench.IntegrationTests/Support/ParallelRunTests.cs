using System.Reflection;

namespace MemoryBench.IntegrationTests.Support;

/// <summary>A new test class says whether it measures in this process, so none runs beside a measurement by default.</summary>
[TestClass]
[DoNotParallelize]
public sealed class ParallelRunTests
{
    [TestMethod]
    public void Every_test_class_runs_alone_or_measures_only_in_child_processes()
    {
        var undecided = typeof(ParallelRunTests).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<TestClassAttribute>() is not null)
            .Where(type => (type.GetCustomAttribute<DoNotParallelizeAttribute>() is null) == (type.GetCustomAttribute<MeasuresOnlyInChildProcessesAttribute>() is null))
            .Select(type => type.Name)
            .ToList();

        Assert.IsEmpty(undecided, $"Mark each of these [DoNotParallelize] or [MeasuresOnlyInChildProcesses], not both or neither: {string.Join(", ", undecided)}");
    }
}
