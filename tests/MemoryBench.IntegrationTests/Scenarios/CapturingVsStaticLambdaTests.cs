using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;
using MemoryBench.Testing.MSTest;

namespace MemoryBench.IntegrationTests.Scenarios;

[TestClass]
public sealed class CapturingVsStaticLambdaTests
{
    [TestMethod]
    public void Both_sides_return_the_same_label_lengths()
    {
        var pair = Create();

        Assert.AreEqual(pair.CapturingLambda(), pair.StaticLambda());
    }

    [TestMethod]
    public void Capturing_lambda_allocates_even_when_every_label_is_there()
    {
        var pair = Create();

        Assert.IsGreaterThan(0, Allocations.Measure(pair.CapturingLambda).BytesPerOperation);
    }

    [TestMethod]
    public void Static_lambda_with_explicit_state_allocates_nothing()
    {
        var pair = Create();

        MemoryAssert.AllocatesNothing(pair.StaticLambda);
    }

    private static CapturingVsStaticLambda Create()
    {
        var pair = new CapturingVsStaticLambda();
        pair.FillLabels();
        return pair;
    }
}
