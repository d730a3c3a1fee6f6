namespace MemoryBench.Comparison;

/// <summary>A figure a finding is about.</summary>
public enum Metric
{
    AllocatedBytesPerOperation,
    Gen0Collections,
    Gen1Collections,
    Gen2Collections,
    Time,
    RetainedBytesPerOperation,
}
