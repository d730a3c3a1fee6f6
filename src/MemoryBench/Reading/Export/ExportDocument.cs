using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// The parts of BenchmarkDotNet's full JSON export MemoryBench reads. Everything else in the file
/// (titles, statistics beyond mean and median, percentiles, metric legends) is skipped unread.
/// </summary>
internal sealed class ExportDocument
{
    /// <summary>"{Type}-{yyyyMMdd-HHmmss}": when BenchmarkDotNet started the type's benchmarks, local time.</summary>
    public string? Title { get; init; }

    public ExportedHost? HostEnvironmentInfo { get; init; }

    public List<ExportedBenchmark?>? Benchmarks { get; init; }
}

/// <summary>BenchmarkDotNet's "HostEnvironmentInfo".</summary>
internal sealed class ExportedHost
{
    public string? OsVersion { get; init; }

    public string? Architecture { get; init; }

    public string? RuntimeVersion { get; init; }

    public int? LogicalCoreCount { get; init; }
}

/// <summary>One entry of BenchmarkDotNet's "Benchmarks".</summary>
internal sealed class ExportedBenchmark
{
    [JsonRequired]
    public string DisplayInfo { get; init; } = "";

    /// <summary>Null for a type in the global namespace.</summary>
    public string? Namespace { get; init; }

    [JsonRequired]
    public string Type { get; init; } = "";

    [JsonRequired]
    public string Method { get; init; } = "";

    /// <summary>The method as the display shows it: its name, or its description.</summary>
    public string? MethodTitle { get; init; }

    public string? Parameters { get; init; }

    [JsonRequired]
    public string FullName { get; init; } = "";

    /// <summary>Null when the benchmark failed.</summary>
    public ExportedStatistics? Statistics { get; init; }

    /// <summary>Null when the run had no memory diagnoser.</summary>
    public ExportedMemory? Memory { get; init; }

    /// <summary>Only the actual workload iterations, as nanoseconds per operation.</summary>
    [JsonConverter(typeof(WorkloadMeasurementsConverter))]
    public WorkloadMeasurements? Measurements { get; init; }

    public List<ExportedMetric?>? Metrics { get; init; }
}

/// <summary>BenchmarkDotNet's "Statistics" of the workload results.</summary>
internal sealed class ExportedStatistics
{
    [JsonRequired]
    public double Mean { get; init; }

    [JsonRequired]
    public double Median { get; init; }
}

/// <summary>MemoryDiagnoser's figures.</summary>
internal sealed class ExportedMemory
{
    public long Gen0Collections { get; init; }

    public long Gen1Collections { get; init; }

    public long Gen2Collections { get; init; }

    public long TotalOperations { get; init; }

    /// <summary>Null (in 0.14 and later) when nothing was measured.</summary>
    public long? BytesAllocatedPerOperation { get; init; }
}

/// <summary>One of the diagnosers' metrics.</summary>
internal sealed class ExportedMetric
{
    public double Value { get; init; }

    public ExportedMetricDescriptor? Descriptor { get; init; }
}

internal sealed class ExportedMetricDescriptor
{
    public string? Id { get; init; }
}
