namespace MemoryBench.Leaks;

/// <summary>
/// The BenchmarkDotNet metric ids retained memory travels under in a full JSON export: the diagnoser writes
/// them and the reader looks for them, so both take them from here.
/// </summary>
public static class RetainedMemoryMetricIds
{
    public const string BytesPerOperation = "RetainedBytesPerOperation";

    public const string StandardError = "RetainedBytesPerOperationStandardError";
}
