namespace MemoryBench.Testing.MSTest;

/// <summary>A verdict as an MSTest failure, worded like <see cref="MemoryAssert"/>'s.</summary>
internal static class Verdicts
{
    public static AssertFailedException? Failure(string assertion, MemoryVerdict verdict) =>
        verdict.Passed ? null : MemoryAssert.Failure(assertion, verdict);
}
