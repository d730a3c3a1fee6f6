using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.MSTest;

/// <summary>
/// Marks a test method (in place of [TestMethod]) whose body must allocate at most <see cref="MaxBytesPerOperation"/>
/// bytes per call, as <see cref="MemoryAssert.AllocatesAtMost(long, Action)"/> checks it.
/// </summary>
public sealed class AllocatesAtMostAttribute(long maxBytesPerOperation, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
    : MemoryTestMethodAttribute(callerFilePath, callerLineNumber)
{
    /// <summary>The most bytes one call of the body may allocate.</summary>
    public long MaxBytesPerOperation { get; } = maxBytesPerOperation;

    private protected override AssertFailedException? Check(Action body) =>
        Verdicts.Failure("AllocatesAtMost", MemoryExpectations.AllocatesAtMost(MaxBytesPerOperation, body));
}
