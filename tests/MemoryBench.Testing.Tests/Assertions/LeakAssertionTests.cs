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
/// Tests whose operation leaks. Retained memory is the whole process's surviving heap, so these run alone, after the
/// parallel tests: a leak of theirs must not be seen by another test's DoesNotLeak (see the README).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class LeakingCodeTests
{
    [TestCleanup]
    public void ForgetLeakedNodes() => Operations.ForgetLeakedNodes();

    [TestMethod]
    public void A_leak_of_one_24_byte_object_per_call_fails_DoesNotLeak()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.DoesNotLeak(Operations.LeakOneNode));

        StringAssert.Matches(failure.Message, new System.Text.RegularExpressions.Regex(
            @"^MemoryAssert\.DoesNotLeak failed\. Expected at most 0 B kept per call, measured 2[34](\.\d\d)? B per call"));
    }

    [TestMethod]
    public void A_leak_within_the_stated_limit_passes() => MemoryAssert.DoesNotLeak(32, Operations.LeakOneNode);
}
