using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Tests.Declaring;

/// <summary>The attributes used as a user would: each test's body is the measured operation.</summary>
[TestClass]
public sealed class DeclaredPromiseTests
{
    [AllocatesNothing]
    public void Summing_a_span_allocates_nothing() => Assert.AreEqual(2_016, Operations.Sum());

    [AllocatesAtMost(1_024)]
    public void Formatting_a_line_allocates_at_most_a_kilobyte() => _ = Operations.FormatLine();

    [DoesNotLeak]
    public void Formatting_a_line_keeps_nothing() => _ = Operations.FormatLine();
}
