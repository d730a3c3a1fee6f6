using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>Collection counts as BenchmarkDotNet shows them: per 1,000 operations, so runs of different lengths compare.</summary>
internal static class GcRateText
{
    /// <summary>"2.25/0.187/0" for Gen0/Gen1/Gen2; "n/a" when no operations were counted.</summary>
    public static string PerThousandOperations(MemoryMetrics memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (memory.TotalOperations <= 0)
        {
            return "n/a";
        }

        string Rate(long collections) => NumberText.Significant(collections * 1000.0 / memory.TotalOperations);
        return $"{Rate(memory.Gen0Collections)}/{Rate(memory.Gen1Collections)}/{Rate(memory.Gen2Collections)}";
    }
}
