namespace MemoryBench.Attribution;

/// <summary>Which allocation event a runtime has.</summary>
internal static class RuntimeSamplingEvent
{
    /// <summary>The release that brought the AllocationSampled event.</summary>
    public const int FirstMajorVersionWithAllocationSampled = 10;

    /// <summary>The event to sample a runtime of this major version with.</summary>
    public static SamplingEvent Of(int runtimeMajorVersion) =>
        runtimeMajorVersion >= FirstMajorVersionWithAllocationSampled ? SamplingEvent.AllocationSampled : SamplingEvent.GCAllocationTick;

    /// <summary>
    /// The event for a target framework moniker ("net8.0", "net10.0", "net10.0-windows"); AllocationSampled for anything
    /// that does not name a .NET version, which is what a job without an explicit runtime runs on (the host's, .NET 10).
    /// </summary>
    public static SamplingEvent OfTargetFramework(string? moniker)
    {
        if (moniker is null || !moniker.StartsWith("net", StringComparison.OrdinalIgnoreCase))
        {
            return SamplingEvent.AllocationSampled;
        }

        var version = moniker.AsSpan(3);
        var platform = version.IndexOf('-');
        if (platform >= 0)
        {
            version = version[..platform];
        }

        // "net48" and other .NET Framework monikers have no dot; they have neither event, and no session either.
        return Version.TryParse(version, out var parsed) ? Of(parsed.Major) : SamplingEvent.AllocationSampled;
    }
}
