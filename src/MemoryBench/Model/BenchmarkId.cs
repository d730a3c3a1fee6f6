namespace MemoryBench.Model;

/// <summary>
/// What was measured: namespace, type, method, parameters and arguments, and the job only where
/// one type runs under several jobs. Never how long it was measured, so switching between the
/// fast job and a full job keeps every identity. Ordered ordinally, so files sort the same everywhere.
/// </summary>
public readonly record struct BenchmarkId(string Value) : IComparable<BenchmarkId>
{
    /// <summary>Ordinal order of the ids' text.</summary>
    public int CompareTo(BenchmarkId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;

    /// <summary>Ordinal order, as <see cref="CompareTo"/>.</summary>
    public static bool operator <(BenchmarkId left, BenchmarkId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order, as <see cref="CompareTo"/>.</summary>
    public static bool operator <=(BenchmarkId left, BenchmarkId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order, as <see cref="CompareTo"/>.</summary>
    public static bool operator >(BenchmarkId left, BenchmarkId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order, as <see cref="CompareTo"/>.</summary>
    public static bool operator >=(BenchmarkId left, BenchmarkId right) => left.CompareTo(right) >= 0;
}
