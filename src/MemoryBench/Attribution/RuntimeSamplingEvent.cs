namespace MemoryBench.Attribution;

/// <summary>Which allocation event a runtime has.</summary>
internal static class RuntimeSamplingEvent
{
    /// <summary>The release that brought the AllocationSampled event.</summary>
    public const int FirstMajorVersionWithAllocationSampled = 10;

    /// <summary>The event to sample a runtime of this major version with.</summary>
    public static SamplingEvent Of(int runtimeMajorVersion) =>
        runtimeMajorVersion >= FirstMajorVersionWithAllocationSampled ? SamplingEvent.AllocationSampled : SamplingEvent.GCAllocationTick;
}
