namespace MemoryBench.Attribution;

/// <summary>The runtime event allocation samples come from, which depends on the runtime the benchmark runs on.</summary>
internal enum SamplingEvent
{
    /// <summary>
    /// .NET 10's AllocationSampled (keyword 0x80000000000): a random sample about every 100 KB, each object weighted
    /// by the inverse of its chance of being picked (<see cref="SampledBytes"/>). Unbiased for every type.
    /// </summary>
    AllocationSampled,

    /// <summary>
    /// GCAllocationTick (GC keyword, verbose level), the only allocation event before .NET 10: each time an allocation
    /// context has taken about 100 KB, the type of the object that crossed the mark, standing for those 100 KB. A type
    /// is picked about in proportion to its bytes, but the mark falls at fixed volumes, not at random, so the
    /// uncertainty stated for it is an approximation.
    /// </summary>
    GCAllocationTick,
}
