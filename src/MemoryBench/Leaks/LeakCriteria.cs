using MemoryBench.Model;

namespace MemoryBench.Leaks;

/// <summary>When retained memory counts as a leak: above a small tolerance and clearly above its own uncertainty.</summary>
/// <param name="ToleranceBytesPerOperation">Retention at or below this is treated as nothing.</param>
/// <param name="Significance">How many standard errors the estimate must stand above zero.</param>
public sealed record LeakCriteria(double ToleranceBytesPerOperation, double Significance)
{
    /// <summary>
    /// One byte per operation: the smallest object is 24 bytes, so a steady leak of even one object in every
    /// twenty operations clears it, while a few stray bytes over a whole measurement do not.
    /// Three standard errors: a gate runs every benchmark on every build, so a false leak must be rare.
    /// </summary>
    public static LeakCriteria Default { get; } = new(ToleranceBytesPerOperation: 1, Significance: 3);

    public bool IsLeak(RetainedMemory retained)
    {
        ArgumentNullException.ThrowIfNull(retained);
        return retained.BytesPerOperation > ToleranceBytesPerOperation
            && retained.BytesPerOperation > Significance * retained.StandardErrorBytes;
    }
}
