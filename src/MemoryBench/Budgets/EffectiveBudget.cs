namespace MemoryBench.Budgets;

/// <summary>
/// The limits that apply to one benchmark after combining every budget declared for it, each limit
/// with the source that set it (the strictest one), so a breach can say where its limit came from.
/// </summary>
/// <param name="MaxBytesPerOperation">The lowest byte limit declared; null when none.</param>
/// <param name="NoGen2Source">Where "no Gen2" was declared; null when no budget asks for it.</param>
/// <param name="RetainsNothingSource">Where "retains nothing" was declared; null when no budget asks for it.</param>
internal sealed record EffectiveBudget(
    BytesLimit? MaxBytesPerOperation,
    string? NoGen2Source,
    string? RetainsNothingSource)
{
    public static EffectiveBudget None { get; } = new(null, null, null);
}
