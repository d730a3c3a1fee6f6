using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.MSTest;

/// <summary>
/// A test method whose body is also a memory promise: it runs as an ordinary test first (initialisation, body,
/// clean-up, assertions), and when that passes, its body is measured as the operation and the promise checked.
/// </summary>
/// <remarks>
/// The measured body is called on an instance of the test class made for the measurement (a public parameterless
/// constructor), after the class's [TestInitialize] methods and before its [TestCleanup] methods; TestContext is not
/// set on it. The method must take no parameters and return void: everything it does per call is what is measured,
/// assertions included (MSTest's assertions allocate nothing when they pass).
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public abstract class MemoryTestMethodAttribute : TestMethodAttribute
{
    /// <summary>Passes the caller's location on to MSTest, as <see cref="TestMethodAttribute"/> does.</summary>
    protected MemoryTestMethodAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <inheritdoc/>
    public override async Task<TestResult[]> ExecuteAsync(ITestMethod testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var results = await base.ExecuteAsync(testMethod).ConfigureAwait(false);
        if (results.Any(result => result.Outcome != UnitTestOutcome.Passed))
        {
            return results;
        }

        Exception? failure;
        try
        {
            failure = await TestMethodBody.MeasureAsync(testMethod.MethodInfo, Check).ConfigureAwait(false);
        }
        catch (InvalidOperationException unusable)
        {
            failure = new AssertFailedException($"{GetType().Name}: {unusable.Message}", unusable);
        }

        if (failure is not null)
        {
            foreach (var result in results)
            {
                result.Outcome = UnitTestOutcome.Failed;
                result.TestFailureException = failure;
            }
        }

        return results;
    }

    /// <summary>Checks the promise on the measured body; returns the failure, or null when it is kept.</summary>
    private protected abstract AssertFailedException? Check(Action body);
}
