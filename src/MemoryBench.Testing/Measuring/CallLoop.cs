using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace MemoryBench.Testing.Measuring;

/// <summary>Runs an operation a given number of times and counts what the calls allocated.</summary>
/// <remarks>
/// The loops that call the operation are compiled fully optimised from the start and never re-compiled
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>, as BenchmarkDotNet compiles its own): tiered code here
/// would profile the operation's delegate and inline the operation into the loop, where what it allocates depends
/// on this loop's compilation (on-stack replacement code, for one, allocates on the heap what the operation's own
/// optimised code keeps on the stack), and the loop's profile would carry one test's operation into the next.
/// </remarks>
internal abstract class CallLoop
{
    /// <summary>Whether the calls may leave the calling thread, so that only a process-wide count follows them.</summary>
    public abstract bool MayLeaveThread { get; }

    public abstract ValueTask<Round> RunAsync(long calls);

    /// <summary>Makes the calls without counting (retention batches, allocation sampling).</summary>
    public abstract ValueTask RunUncountedAsync(long calls);

    /// <summary>
    /// Goes on for <paramref name="duration"/> as the calls do, without calling: busy on the calling thread for a
    /// synchronous operation, hopping through the thread pool for an asynchronous one (a retention measurement's control).
    /// </summary>
    public abstract ValueTask IdleAsync(TimeSpan duration);
}

/// <summary>A synchronous operation: every call runs on the calling thread, whose own counter is exact.</summary>
internal sealed class SynchronousCallLoop(Action operation) : CallLoop
{
    public override bool MayLeaveThread => false;

    public override ValueTask<Round> RunAsync(long calls)
    {
        var started = Stopwatch.GetTimestamp();
        var collections = Collections.Now;
        var allocated = CountedCalls(operation, calls);
        return new ValueTask<Round>(new Round(
            calls, allocated, AllocationCounting.CurrentThread, Collections.Now - collections, Stopwatch.GetElapsedTime(started)));
    }

    public override ValueTask RunUncountedAsync(long calls)
    {
        _ = CountedCalls(operation, calls);
        return ValueTask.CompletedTask;
    }

    public override ValueTask IdleAsync(TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            Thread.SpinWait(100);
        }

        return ValueTask.CompletedTask;
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static long CountedCalls(Action operation, long calls)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var call = 0L; call < calls; call++)
        {
            operation();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

/// <summary>
/// An asynchronous operation, awaited call after call. While every call completes synchronously nothing leaves the
/// calling thread and its own counter is exact; a round in which one call did not is counted process-wide.
/// </summary>
internal sealed class AsynchronousCallLoop(Func<Task> operation) : CallLoop
{
    public override bool MayLeaveThread => true;

    public override async ValueTask<Round> RunAsync(long calls)
    {
        var started = Stopwatch.GetTimestamp();
        var collections = Collections.Now;
        var processBefore = GC.GetTotalAllocatedBytes(precise: true);
        var threadBefore = GC.GetAllocatedBytesForCurrentThread();
        var stayedOnThread = true;
        var made = 0L;
        while (made < calls)
        {
            made += CallWhileSynchronous(operation, calls - made, out var pending);
            if (pending is not null)
            {
                stayedOnThread = false;
                await pending.ConfigureAwait(false);
            }
        }

        // Read before anything else runs on this thread: a thread we were not on at the start has another count.
        var threadAfter = GC.GetAllocatedBytesForCurrentThread();
        var processAfter = GC.GetTotalAllocatedBytes(precise: true);
        var collected = Collections.Now - collections;
        var elapsed = Stopwatch.GetElapsedTime(started);
        return stayedOnThread
            ? new Round(calls, threadAfter - threadBefore, AllocationCounting.CurrentThread, collected, elapsed)
            : new Round(calls, processAfter - processBefore, AllocationCounting.Process, collected, elapsed);
    }

    public override async ValueTask RunUncountedAsync(long calls)
    {
        var made = 0L;
        while (made < calls)
        {
            made += CallWhileSynchronous(operation, calls - made, out var pending);
            if (pending is not null)
            {
                await pending.ConfigureAwait(false);
            }
        }
    }

    public override async ValueTask IdleAsync(TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < duration)
        {
            await Task.Yield();
        }
    }

    /// <summary>Calls until one call does not complete synchronously; returns the calls made, that one included.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static long CallWhileSynchronous(Func<Task> operation, long calls, out Task? pending)
    {
        for (var call = 0L; call < calls; call++)
        {
            var task = operation();
            if (!task.IsCompleted)
            {
                pending = task;
                return call + 1;
            }

            task.GetAwaiter().GetResult();
        }

        pending = null;
        return calls;
    }
}
