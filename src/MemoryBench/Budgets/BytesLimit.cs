namespace MemoryBench.Budgets;

/// <summary>At most <paramref name="Bytes"/> allocated per operation, as declared by <paramref name="Source"/>.</summary>
internal sealed record BytesLimit(long Bytes, string Source);
