using System.Reflection;

namespace MemoryBench.Testing.Tests.Declaring;

/// <summary>What MSTest hands a test method attribute: here, a method of <see cref="Samples"/> that passes when run.</summary>
internal sealed class FakeTestMethod(string name) : ITestMethod
{
    public string TestMethodName => name;

    public string TestClassName => typeof(Samples).FullName!;

    public Type ReturnType => typeof(void);

    public object?[]? Arguments => null;

    public ParameterInfo[] ParameterTypes => [];

    public MethodInfo MethodInfo => typeof(Samples).GetMethod(name)!;

    public Attribute[]? GetAllAttributes() => [];

    public TAttributeType[] GetAttributes<TAttributeType>()
        where TAttributeType : Attribute => [];

    public Task<TestResult> InvokeAsync(object?[]? arguments) => Task.FromResult(new TestResult { Outcome = UnitTestOutcome.Passed });

    /// <summary>Bodies the attributes measure.</summary>
    public sealed class Samples
    {
        private static object? lastExtra;

        public static void AllocatesOneObject() => lastExtra = new object();

        // An instance method, as test methods usually are: the attribute makes the instance.
        private readonly int[] readings = [1, 2, 3];

        public void AllocatesNothing() => _ = readings.Sum();
    }
}
