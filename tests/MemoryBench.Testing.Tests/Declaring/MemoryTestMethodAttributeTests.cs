using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Tests.Declaring;

[TestClass]
public sealed class MemoryTestMethodAttributeTests
{
    [TestMethod]
    public async Task A_declared_promise_that_is_kept_leaves_the_test_passed()
    {
        var results = await new AllocatesNothingAttribute().ExecuteAsync(new FakeTestMethod(nameof(FakeTestMethod.Samples.AllocatesNothing)));

        Assert.AreEqual(UnitTestOutcome.Passed, results.Single().Outcome);
    }

    [TestMethod]
    public async Task A_declared_promise_that_is_broken_fails_the_test_with_the_figures()
    {
        var results = await new AllocatesAtMostAttribute(0).ExecuteAsync(new FakeTestMethod(nameof(FakeTestMethod.Samples.AllocatesOneObject)));

        var result = results.Single();
        Assert.AreEqual(UnitTestOutcome.Failed, result.Outcome);
        Assert.IsInstanceOfType<AssertFailedException>(result.TestFailureException);
        StringAssert.StartsWith(result.TestFailureException.Message, "MemoryAssert.AllocatesAtMost failed. Expected at most 0 B per call, measured 24 B per call");
    }
}
