using System.Runtime.CompilerServices;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Regressions on demand, for the gate's own self-checks: with MEMORYBENCH_INJECT_EXTRA_ALLOCATION=1 in the
/// environment, <see cref="StringConcatVsBuilder.Builder"/> allocates one extra 24-byte object per operation;
/// with MEMORYBENCH_INJECT_LEAK=1 it also keeps that object reachable forever, a 24-byte leak per operation;
/// with MEMORYBENCH_INJECT_SURVIVAL=1 it keeps its newest results alive for a while, so they survive gen0
/// and die in gen2 at the same allocated bytes (a GC regression only). All off by default. A variable set to
/// <c>Parts=&lt;n&gt;</c> instead of 1 injects into the case with that many parts only, so that one run can carry two
/// injections in two cases. BenchmarkDotNet's benchmark processes inherit the variables from the harness.
/// </summary>
public static class InjectedRegression
{
    public const string Variable = "MEMORYBENCH_INJECT_EXTRA_ALLOCATION";

    public const string LeakVariable = "MEMORYBENCH_INJECT_LEAK";

    public const string SurvivalVariable = "MEMORYBENCH_INJECT_SURVIVAL";

    /// <summary>
    /// What the survival injection keeps alive: three pinned gen0 budgets' worth of the newest results, so
    /// each result outlives about three gen0 collections, is promoted to gen2 and dies there.
    /// </summary>
    public const long SurvivingBytes = 24 * 1024 * 1024;

    private static readonly InjectionScope Enabled = InjectionScope.Parse(Environment.GetEnvironmentVariable(Variable));

    private static readonly InjectionScope LeakEnabled = InjectionScope.Parse(Environment.GetEnvironmentVariable(LeakVariable));

    private static readonly InjectionScope SurvivalEnabled = InjectionScope.Parse(Environment.GetEnvironmentVariable(SurvivalVariable));

    // A ring of the newest results, sized once from the first result so that keeping one allocates nothing.
    private static string?[]? survivors;

    private static int nextSurvivor;

    // The newest node of a chain every leaked node stays reachable through.
    private static LeakedNode? newestLeak;

    // A static field makes the object escape, so the JIT cannot allocate it on the stack; the next call
    // overwrites it, so nothing accumulates.
    private static object? lastExtraObject;

    /// <summary>Allocates the extra object, or leaks it, when a variable asks for it in the case of <paramref name="parts"/>.</summary>
    public static void AllocateWhenEnabled(int parts)
    {
        Allocate(Enabled.Includes(parts));
        Leak(LeakEnabled.Includes(parts));
    }

    /// <summary>
    /// Keeps <paramref name="result"/> alive until <see cref="SurvivingBytes"/> of newer results replace it, when a variable
    /// asks for it in the case of <paramref name="parts"/>.
    /// </summary>
    public static string KeepAliveWhenEnabled(string result, int parts) => KeepAlive(result, SurvivalEnabled.Includes(parts));

    /// <summary>Keeps <paramref name="result"/> in the ring of the newest results when <paramref name="enabled"/>.</summary>
    public static string KeepAlive(string result, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (enabled)
        {
            // A string takes 22 bytes of header and length plus two per character (64-bit).
            survivors ??= new string?[Math.Max(1, SurvivingBytes / (22 + (2 * result.Length)))];
            survivors[nextSurvivor] = result;
            nextSurvivor = (nextSurvivor + 1) % survivors.Length;
        }

        return result;
    }

    /// <summary>Keeps one more 24-byte object (64-bit) reachable from a static field when <paramref name="enabled"/>.</summary>
    public static void Leak(bool enabled)
    {
        if (enabled)
        {
            newestLeak = new LeakedNode(newestLeak);
        }
    }

    /// <summary>Allocates one <see cref="InjectedObject"/> (24 bytes on 64-bit) when <paramref name="enabled"/>.</summary>
    /// <remarks>Never inlined, so the allocating stack that attribution reports names this method.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Allocate(bool enabled)
    {
        if (enabled)
        {
            lastExtraObject = new InjectedObject();
        }
    }

    /// <summary>
    /// The injected allocation's own type, so allocation sampling can name it: no fields, so 24 bytes on 64-bit
    /// (header, method table, and the minimum object body), like a plain object.
    /// </summary>
    public sealed class InjectedObject;

    private sealed class LeakedNode(LeakedNode? previous)
    {
        public LeakedNode? Previous { get; } = previous;
    }
}
