namespace MemoryBench.Testing;

/// <summary>Whose allocations a measurement counted.</summary>
public enum AllocationCounting
{
    /// <summary>
    /// Only the measuring thread's: every call completed on it, so the figure is exact to the byte and no other
    /// thread's allocations (another test running in parallel, the runtime's own threads) can be in it.
    /// </summary>
    CurrentThread,

    /// <summary>
    /// The whole process's: some asynchronous call went on on other threads, which only a process-wide counter
    /// follows. The figure then includes whatever other threads allocated meanwhile: an upper bound.
    /// </summary>
    Process,
}
