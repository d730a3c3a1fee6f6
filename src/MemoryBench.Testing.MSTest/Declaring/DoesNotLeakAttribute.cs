using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.MSTest;

/// <summary>
/// Marks a test method (in place of [TestMethod]) whose body must keep no memory reachable per call, as
/// <see cref="MemoryAssert.DoesNotLeak(Action)"/> checks it.
/// </summary>
public sealed class DoesNotLeakAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
    : MemoryTestMethodAttribute(callerFilePath, callerLineNumber)
{
    private protected override AssertFailedException? Check(Action body) =>
        Verdicts.Failure("DoesNotLeak", MemoryExpectations.DoesNotLeak(0, body));
}
