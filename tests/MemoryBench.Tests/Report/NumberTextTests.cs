using MemoryBench.Model;
using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class NumberTextTests
{
    [TestMethod]
    [DataRow(0d, "0")]
    [DataRow(2.2461d, "2.25")]
    [DataRow(0.18712d, "0.187")]
    [DataRow(470.5882d, "471")]
    [DataRow(0.001234d, "0.00123")]
    [DataRow(12_345d, "12345")]
    [DataRow(-0.5d, "-0.5")]
    public void Numbers_keep_three_significant_digits(double value, string expected)
    {
        Assert.AreEqual(expected, NumberText.Significant(value));
    }

    [TestMethod]
    public void Collections_read_per_thousand_operations_like_BenchmarkDotNet()
    {
        var memory = new MemoryMetrics(39_000, Gen0Collections: 12, Gen1Collections: 1, Gen2Collections: 0, TotalOperations: 5_344);

        Assert.AreEqual("2.25/0.187/0", GcRateText.PerThousandOperations(memory));
    }

    [TestMethod]
    public void Collections_over_no_operations_have_no_rate()
    {
        Assert.AreEqual("n/a", GcRateText.PerThousandOperations(new MemoryMetrics(0, 1, 0, 0, 0)));
    }
}
