namespace MemoryBench.Model;

/// <summary>Absolute limits for one benchmark, independent of the baseline.</summary>
/// <param name="MaxBytesPerOperation">At most this many allocated bytes per operation; null for no limit.</param>
/// <param name="NoGen2">No Gen2 collection allowed.</param>
/// <param name="RetainsNothing">No memory may be retained per operation (no leak).</param>
/// <param name="Source">Where the budget was declared (an attribute, or a budgets file and pattern), for the report.</param>
public sealed record Budget(long? MaxBytesPerOperation, bool NoGen2, bool RetainsNothing, string Source);
