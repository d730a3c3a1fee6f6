namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Absolute memory limits for one benchmark method, checked on every comparison whatever the baseline
/// says, like an assertion in a test: <c>[MemoryBudget(MaxBytesPerOperation = 64, NoGen2 = true, RetainsNothing = true)]</c>.
/// MemoryBench's export (<see cref="MemoryBenchConfigAttribute"/>) carries it to the comparison.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class MemoryBudgetAttribute : Attribute
{
    /// <summary>At most this many allocated bytes per operation; below zero (the default) for no limit.</summary>
    public long MaxBytesPerOperation { get; set; } = -1;

    /// <summary>No Gen2 collection allowed while the benchmark runs.</summary>
    public bool NoGen2 { get; set; }

    /// <summary>No memory may be retained per operation: the benchmark must never leak.</summary>
    public bool RetainsNothing { get; set; }
}
