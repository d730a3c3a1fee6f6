namespace MemoryBench.Leaks;

/// <summary>
/// The BenchmarkDotNet metric ids retained memory travels under in a full JSON export: the diagnoser writes
/// them and the reader looks for them, so both take them from here.
/// </summary>
internal static class RetainedMemoryMetricIds
{
    public const string BytesPerOperation = "RetainedBytesPerOperation";

    public const string StandardError = "RetainedBytesPerOperationStandardError";

    /// <summary>The median of per-batch increases, one of the two estimates the figure is chosen from.</summary>
    public const string BatchMedian = "RetainedBytesPerOperationBatchMedian";

    public const string BatchMedianStandardError = "RetainedBytesPerOperationBatchMedianStandardError";

    /// <summary>The growth over the whole measured span, the other estimate.</summary>
    public const string SpanGrowth = "RetainedBytesPerOperationSpanGrowth";

    public const string SpanGrowthStandardError = "RetainedBytesPerOperationSpanGrowthStandardError";
}
