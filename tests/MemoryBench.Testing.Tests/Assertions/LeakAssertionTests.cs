using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Tests.Assertions;

[TestClass]
public sealed class LeakAssertionTests
{
    [TestMethod]
    public void Garbage_that_is_let_go_passes_DoesNotLeak() => MemoryAssert.DoesNotLeak(Operations.FormatLine);

    [TestMethod]
    public void Garbage_of_one_object_per_call_passes_DoesNotLeak() => MemoryAssert.DoesNotLeak(Operations.AllocateOneNode);
}

/// <summary>
/// Tests whose operation leaks, in parallel with the others: MemoryBench's retention measurements take turns, so a leak
/// of theirs is never counted in another test's DoesNotLeak.
/// </summary>
[TestClass]
public sealed class LeakingCodeTests
{
    [TestCleanup]
    public void ForgetLeakedNodes() => Operations.ForgetLeakedNodes();

    [TestMethod]
    public void A_leak_of_one_24_byte_object_per_call_fails_DoesNotLeak()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(Operations.LeakOneNode));

        StringAssert.Matches(failure.Message, new System.Text.RegularExpressions.Regex(
            @"^MemoryAssert\.DoesNotLeak failed\. Expected at most 0 B kept per call, measured 2[34](\.\d\d)? B per call, at least"));
        // The gate's "What is retained", from heap snapshots of the test's own process; the runtime names a nested type without its enclosing one.
        StringAssert.Contains(failure.Message, "What is retained: live objects by type");
        StringAssert.Matches(failure.Message, new System.Text.RegularExpressions.Regex(@"\n  Node  2[34](\.\d+)? B/op, 1 instance/op"));
    }

    [TestMethod]
    public void A_leak_within_the_stated_limit_passes() => MemoryAssert.DoesNotLeak(32, Operations.LeakOneNode);
}
