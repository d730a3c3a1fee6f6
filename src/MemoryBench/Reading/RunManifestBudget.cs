using MemoryBench.Model;

namespace MemoryBench.Reading;

/// <summary>A budget declared by attribute on a benchmark method, as the run manifest carries it.</summary>
/// <param name="MaxBytesPerOperation">At most this many allocated bytes per operation; null for no limit.</param>
/// <param name="NoGen2">No Gen2 collection allowed.</param>
/// <param name="RetainsNothing">No memory may be retained per operation.</param>
public sealed record RunManifestBudget(long? MaxBytesPerOperation, bool NoGen2, bool RetainsNothing)
{
    /// <summary>Where the report says such a budget comes from.</summary>
    public const string Source = "[MemoryBudget] attribute";

    public Budget ToBudget() => new(MaxBytesPerOperation, NoGen2, RetainsNothing, Source);
}
