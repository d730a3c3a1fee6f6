using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.MSTest;

/// <summary>
/// Marks a test method (in place of [TestMethod]) whose body must allocate nothing per call once optimised,
/// as <see cref="MemoryAssert.AllocatesNothing(Action)"/> checks it.
/// </summary>
public sealed class AllocatesNothingAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
    : MemoryTestMethodAttribute(callerFilePath, callerLineNumber)
{
    private protected override AssertFailedException? Check(Action body) =>
        Verdicts.Failure("AllocatesNothing", MemoryExpectations.AllocatesAtMost(0, body));
}
