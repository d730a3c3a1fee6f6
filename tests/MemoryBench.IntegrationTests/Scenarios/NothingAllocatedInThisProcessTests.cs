using FastJobProcess;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

/// <summary>Where the fast job reads nothing, the unit-test assertion passes in the test process too.</summary>
[TestClass]
[DoNotParallelize]
public sealed class NothingAllocatedInThisProcessTests
{
    public static IEnumerable<object[]> NothingAllocated =>
        FastJobFiguresTests.Figures.Where(row => (long)row[1] == 0).Select(row => new[] { row[0] });

    [TestMethod]
    [DynamicData(nameof(NothingAllocated))]
    public void Allocates_nothing_passes_where_the_fast_job_reads_nothing(string benchmark)
    {
        using var suiteBenchmark = SuiteBenchmark.Create(benchmark);

        MemoryAssert.AllocatesNothing(suiteBenchmark.Operation);
    }
}
