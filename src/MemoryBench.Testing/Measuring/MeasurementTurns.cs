namespace MemoryBench.Testing.Measuring;

/// <summary>
/// When MemoryBench's measurements in one process may call their operations: allocation counting and sampling share
/// their turn with other allocation counting and sampling (each counts on its own thread), a retention measurement has
/// the process to itself among them, since the heap it reads is the whole process's and another measured operation
/// that keeps memory (or a sampling listener's first event machinery) would be in it.
/// </summary>
/// <remarks>
/// Tests that are not MemoryBench's run on regardless: what they allocate and keep moves the surviving heap, which a
/// retention measurement tells from its own calls by measuring until the figure is sure (see LeakLimit). A synchronous
/// measurement waits for its turn on its own thread (it never awaits); an asynchronous one awaits it.
/// </remarks>
internal static class MeasurementTurns
{
    private static readonly SemaphoreSlim Door = new(1, 1);
    private static int sharing;

    /// <summary>A turn that allocation counting shares with other allocation counting.</summary>
    public static async ValueTask<IDisposable> ShareAsync(CallLoop loop)
    {
        await EnterAsync(loop).ConfigureAwait(false);
        Interlocked.Increment(ref sharing);
        Door.Release();
        return new Turn(() => Interlocked.Decrement(ref sharing));
    }

    /// <summary>A turn no other MemoryBench measurement calls its operation in.</summary>
    public static async ValueTask<IDisposable> AloneAsync(CallLoop loop)
    {
        await EnterAsync(loop).ConfigureAwait(false);
        while (Volatile.Read(ref sharing) > 0)
        {
            await PauseAsync(loop).ConfigureAwait(false);
        }

        return new Turn(() => Door.Release());
    }

    private static ValueTask EnterAsync(CallLoop loop)
    {
        if (loop.MayLeaveThread)
        {
            return new ValueTask(Door.WaitAsync());
        }

        Door.Wait();
        return ValueTask.CompletedTask;
    }

    private static ValueTask PauseAsync(CallLoop loop)
    {
        if (loop.MayLeaveThread)
        {
            return new ValueTask(Task.Delay(1));
        }

        Thread.Sleep(1);
        return ValueTask.CompletedTask;
    }

    private sealed class Turn(Action end) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                end();
            }
        }
    }
}
