namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// A regression on demand, for the gate's own self-check: with MEMORYBENCH_INJECT_EXTRA_ALLOCATION=1 in the
/// environment, <see cref="StringConcatVsBuilder.Builder"/> allocates one extra 24-byte object per operation.
/// Off by default. BenchmarkDotNet's benchmark processes inherit the variable from the harness.
/// </summary>
public static class InjectedRegression
{
    public const string Variable = "MEMORYBENCH_INJECT_EXTRA_ALLOCATION";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

    // A static field makes the object escape, so the JIT cannot allocate it on the stack; the next call
    // overwrites it, so nothing accumulates.
    private static object? lastExtraObject;

    /// <summary>Allocates the extra object when the variable asks for it.</summary>
    public static void AllocateWhenEnabled() => Allocate(Enabled);

    /// <summary>Allocates one plain object (24 bytes on 64-bit) when <paramref name="enabled"/>.</summary>
    public static void Allocate(bool enabled)
    {
        if (enabled)
        {
            lastExtraObject = new object();
        }
    }
}
