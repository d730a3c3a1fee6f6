namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Regressions on demand, for the gate's own self-checks: with MEMORYBENCH_INJECT_EXTRA_ALLOCATION=1 in the
/// environment, <see cref="StringConcatVsBuilder.Builder"/> allocates one extra 24-byte object per operation;
/// with MEMORYBENCH_INJECT_LEAK=1 it also keeps that object reachable forever, a 24-byte leak per operation.
/// Both off by default. BenchmarkDotNet's benchmark processes inherit the variables from the harness.
/// </summary>
public static class InjectedRegression
{
    public const string Variable = "MEMORYBENCH_INJECT_EXTRA_ALLOCATION";

    public const string LeakVariable = "MEMORYBENCH_INJECT_LEAK";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

    private static readonly bool LeakEnabled = Environment.GetEnvironmentVariable(LeakVariable) == "1";

    // The newest node of a chain every leaked node stays reachable through.
    private static LeakedNode? newestLeak;

    // A static field makes the object escape, so the JIT cannot allocate it on the stack; the next call
    // overwrites it, so nothing accumulates.
    private static object? lastExtraObject;

    /// <summary>Allocates the extra object, or leaks it, when a variable asks for it.</summary>
    public static void AllocateWhenEnabled()
    {
        Allocate(Enabled);
        Leak(LeakEnabled);
    }

    /// <summary>Keeps one more 24-byte object (64-bit) reachable from a static field when <paramref name="enabled"/>.</summary>
    public static void Leak(bool enabled)
    {
        if (enabled)
        {
            newestLeak = new LeakedNode(newestLeak);
        }
    }

    /// <summary>Allocates one plain object (24 bytes on 64-bit) when <paramref name="enabled"/>.</summary>
    public static void Allocate(bool enabled)
    {
        if (enabled)
        {
            lastExtraObject = new object();
        }
    }

    private sealed class LeakedNode(LeakedNode? previous)
    {
        public LeakedNode? Previous { get; } = previous;
    }
}
