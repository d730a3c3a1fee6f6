namespace MemoryBench.Testing.Measuring;

/// <summary>One round of calls: how many, what they allocated, the collections meanwhile, and how long they took.</summary>
/// <param name="Calls">Calls made.</param>
/// <param name="AllocatedBytes">Bytes they allocated, counted as <paramref name="Counting"/> says.</param>
/// <param name="Counting">The calling thread's count when every call completed on it, else the process's.</param>
/// <param name="Collections">Collections of each generation during the round (process-wide).</param>
/// <param name="Elapsed">Wall time of the round.</param>
internal readonly record struct Round(long Calls, long AllocatedBytes, AllocationCounting Counting, Collections Collections, TimeSpan Elapsed);

/// <summary>Collection counts of generations 0, 1 and 2.</summary>
internal readonly record struct Collections(int Gen0, int Gen1, int Gen2)
{
    public static Collections Now => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static Collections operator -(Collections after, Collections before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    public static Collections operator +(Collections left, Collections right) =>
        new(left.Gen0 + right.Gen0, left.Gen1 + right.Gen1, left.Gen2 + right.Gen2);
}
