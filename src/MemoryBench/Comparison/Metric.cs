namespace MemoryBench.Comparison;

/// <summary>A figure a finding is about.</summary>
public enum Metric
{
    /// <summary>Allocated bytes per operation.</summary>
    AllocatedBytesPerOperation,

    /// <summary>Gen0 collections per 1,000 operations.</summary>
    Gen0Collections,

    /// <summary>Gen1 collections per 1,000 operations.</summary>
    Gen1Collections,

    /// <summary>Gen2 collections per 1,000 operations.</summary>
    Gen2Collections,

    /// <summary>Time per operation: the median, in nanoseconds.</summary>
    Time,

    /// <summary>Memory retained per operation (a leak), in bytes.</summary>
    RetainedBytesPerOperation,
}
