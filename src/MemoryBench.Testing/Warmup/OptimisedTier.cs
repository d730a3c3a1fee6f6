using System.Diagnostics;
using System.Runtime;
using MemoryBench.Testing.Measuring;

namespace MemoryBench.Testing.Warmup;

/// <summary>
/// Calls an operation until the runtime has finished optimising its code, and sizes the rounds that count.
/// </summary>
/// <remarks>
/// What a method allocates depends on its tier: .NET 10's optimised code allocates non-escaping objects
/// (enumerators, boxes, closures) on the stack where tier-0 and instrumented code allocate them on the heap.
/// A method is promoted after 30 calls, but only once no new tier-0 code has run anywhere in the process for the
/// runtime's call-counting delay (100 ms by default; BenchmarkDotNet's fast job sets it to 0, a test host cannot),
/// and then compiled on a background thread, once or twice (instrumented, then optimised). So the warm-up does not
/// stop after a fixed count: it goes on in rounds of at least <see cref="RoundTime"/> until the allocations per
/// round have not fallen, and no method was compiled in the process, for <see cref="QuietTime"/> (longer than
/// the delay and a background compilation) and <see cref="QuietCalls"/> calls (a promotion waits for calls as well
/// as for time), or until the time limit. Optimisation only ever removes heap allocations, so a figure taken too
/// early errs high, never low; the assertions confirm a failure with a second measurement for that reason. A round
/// that allocated more than the fewest is not a change: a lump (a table reallocated every N calls) or counter slack
/// during a collection, which the counted rounds tell apart; waiting for rounds without them would keep code whose
/// lumps come more often than <see cref="QuietTime"/> in the warm-up until its time limit.
/// A cheap operation's rounds are paced (one every <see cref="RoundPeriod"/>), so that an operation that keeps memory
/// on every call (a leak under test) is not called millions of times meanwhile; an expensive one's are not.
/// </remarks>
internal static class OptimisedTier
{
    /// <summary>The shortest round once sized: long enough for a clock and a counter to mean something.</summary>
    public static readonly TimeSpan RoundTime = TimeSpan.FromMilliseconds(1);

    /// <summary>A warm-up round of a cheap operation starts at most this often.</summary>
    public static readonly TimeSpan RoundPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>How long nothing may change before the code counts as optimised.</summary>
    public static readonly TimeSpan QuietTime = TimeSpan.FromMilliseconds(250);

    /// <summary>Calls that must be made while nothing changes: several times the 30 calls a promotion waits for.</summary>
    public const long QuietCalls = 100;

    /// <summary>
    /// Calls in one round at most: a very cheap operation that leaks (the thing a leak test is about) would otherwise
    /// make hundreds of thousands of calls per millisecond, and its warm-up alone would keep hundreds of megabytes.
    /// </summary>
    public const long MaxCallsPerRound = 1L << 14;

    /// <summary>Warms the operation up and returns the calls a round should make.</summary>
    public static async ValueTask<long> WarmUpAsync(CallLoop loop, TimeSpan maxWarmupTime)
    {
        var started = Stopwatch.GetTimestamp();
        var calls = 1L;
        long? fewestBytes = null;
        var compiled = JitInfo.GetCompiledMethodCount();
        var quietSince = Stopwatch.GetTimestamp();
        var quietCalls = 0L;
        while (Stopwatch.GetElapsedTime(started) < maxWarmupTime)
        {
            var round = await loop.RunAsync(calls).ConfigureAwait(false);
            var compiledNow = JitInfo.GetCompiledMethodCount();
            var changed = round.AllocatedBytes < fewestBytes || fewestBytes is null || compiledNow != compiled;
            fewestBytes = changed ? round.AllocatedBytes : fewestBytes;
            compiled = compiledNow;
            if (round.Elapsed < RoundTime && calls < MaxCallsPerRound)
            {
                calls *= 2;
                fewestBytes = null;
                changed = true;
            }

            if (changed)
            {
                quietSince = Stopwatch.GetTimestamp();
                quietCalls = 0;
            }
            else
            {
                quietCalls += round.Calls;
                if (quietCalls >= QuietCalls && Stopwatch.GetElapsedTime(quietSince) >= QuietTime)
                {
                    break;
                }
            }

            var idle = RoundPeriod - round.Elapsed;
            if (calls >= QuietCalls && idle > TimeSpan.Zero)
            {
                await Pause(loop, idle).ConfigureAwait(false);
            }
        }

        return calls;
    }

    // A synchronous operation is measured on the caller's thread from start to end: it sleeps rather than awaits.
    private static ValueTask Pause(CallLoop loop, TimeSpan idle)
    {
        if (loop.MayLeaveThread)
        {
            return new ValueTask(Task.Delay(idle));
        }

        Thread.Sleep(idle);
        return ValueTask.CompletedTask;
    }
}
