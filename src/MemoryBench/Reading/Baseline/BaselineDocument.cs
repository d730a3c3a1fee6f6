using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MemoryBench.Attribution;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// The baseline file as JSON. Members are written in this order, one per line, so a pull request's
/// diff of the file shows which figure of which benchmark moved. Every member is required; a null
/// says "not measured".
/// </summary>
/// <remarks>Schema 2 added <see cref="MemoryBenchVersion"/> and <see cref="MeasuredWith"/>; schema 1 files have neither.</remarks>
internal sealed record BaselineDocument(
    [property: JsonPropertyOrder(0)] int SchemaVersion,
    [property: JsonPropertyOrder(2)] BaselineEnvironmentDocument? Environment,
    [property: JsonPropertyOrder(4)] ImmutableArray<BaselineBenchmarkDocument?> Benchmarks)
{
    /// <summary>The MemoryBench that wrote the file: "0.2.0". Required from schema 2.</summary>
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MemoryBenchVersion { get; init; }

    /// <summary>The BenchmarkDotNet and MemoryBench that measured the figures. Required from schema 2.</summary>
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BaselineToolchainDocument? MeasuredWith { get; init; }
}

/// <param name="BenchmarkDotNet">Null when the run did not say.</param>
/// <param name="MemoryBench">Null when BenchmarkDotNet measured alone; "unknown" when the run did not say.</param>
internal sealed record BaselineToolchainDocument(string? BenchmarkDotNet, string? MemoryBench);

internal sealed record BaselineEnvironmentDocument(
    string Os,
    string Architecture,
    string Runtime,
    int ProcessorCount,
    string GcMode)
{
    /// <summary>Optional: baselines written before budgets were recorded have none, and it is inferred from their figures.</summary>
    public BaselineGen0BudgetDocument? Gen0Budget { get; init; }
}

/// <param name="Bytes">The budget in bytes.</param>
/// <param name="Source">"pinned" or "inferred".</param>
internal sealed record BaselineGen0BudgetDocument(long Bytes, string Source);

internal sealed record BaselineBenchmarkDocument(
    string Id,
    string Namespace,
    string Type,
    string Method,
    string Parameters,
    string Job,
    ImmutableArray<string?> Categories,
    bool IsBaseline,
    bool Failed,
    BaselineMemoryDocument? Memory,
    BaselineTimeDocument? Time,
    BaselineRetainedDocument? Retained)
{
    /// <summary>
    /// Optional: the compact allocation profile of a benchmark that was profiled in the run the baseline was made
    /// from. Left out when absent, so baselines without profiles read and write as before.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BaselineAllocationsDocument? Allocations { get; init; }
}

internal sealed record BaselineMemoryDocument(
    long AllocatedBytesPerOperation,
    long Gen0Collections,
    long Gen1Collections,
    long Gen2Collections,
    long TotalOperations);

internal sealed record BaselineTimeDocument(
    double MeanNanoseconds,
    double MedianNanoseconds,
    [property: JsonConverter(typeof(OneLineNumbersConverter))] ImmutableArray<double> WorkloadNanosecondsPerOperation);

internal sealed record BaselineRetainedDocument(double BytesPerOperation, double StandardErrorBytes);

/// <summary>The types sampled at least twice, by estimated bytes per operation, with the samples each rests on.</summary>
internal sealed record BaselineAllocationsDocument(
    long Operations,
    int Samples,
    double BytesPerOperation,
    ImmutableArray<BaselineAllocatedTypeDocument?> Types)
{
    /// <summary>
    /// Optional: the exact bytes per operation the counting stage counted over the sampled operations (the profile was
    /// taken over the counted span); absent from profiles of earlier versions, taken in a run of their own.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? CountedBytesPerOperation { get; init; }

    /// <summary>Optional: the runtime event the samples came from; absent means AllocationSampled.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamplingEvent? SampledBy { get; init; }
}

internal sealed record BaselineAllocatedTypeDocument(string Type, double BytesPerOperation, double StandardError, int Samples);
