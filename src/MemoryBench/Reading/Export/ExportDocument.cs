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

    /// <summary>What MemoryBench's exporter adds about the run; null in a plain BenchmarkDotNet export.</summary>
    [JsonPropertyName(ExportedRun.PropertyName)]
    public ExportedRun? Run { get; init; }
}

/// <summary>The run's "MemoryBench" object: which benchmarks it set out to measure.</summary>
internal sealed class ExportedRun
{
    public const string PropertyName = "MemoryBench";

    public int? SchemaVersion { get; init; }

    /// <summary>The MemoryBench.BenchmarkDotNet that wrote the export ("0.2.0"); null from an exporter older than the field.</summary>
    public string? Version { get; init; }

    public ExportedSelection? Selection { get; init; }
}

/// <summary>BenchmarkDotNet's selection arguments and the shard the run was one part of.</summary>
internal sealed class ExportedSelection
{
    public List<string?>? Filters { get; init; }

    public int? ShardIndex { get; init; }

    public int? ShardCount { get; init; }
}

/// <summary>BenchmarkDotNet's "HostEnvironmentInfo".</summary>
internal sealed class ExportedHost
{
    public string? BenchmarkDotNetVersion { get; init; }

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

    /// <summary>What MemoryBench's exporter adds about the benchmark; null in a plain BenchmarkDotNet export.</summary>
    [JsonPropertyName(ExportedRun.PropertyName)]
    public ExportedBenchmarkFacts? Facts { get; init; }
}

/// <summary>A benchmark's "MemoryBench" object: what BenchmarkDotNet's own export leaves out.</summary>
internal sealed class ExportedBenchmarkFacts
{
    public List<string?>? Categories { get; init; }

    /// <summary>Marked <c>[Benchmark(Baseline = true)]</c>.</summary>
    public bool Baseline { get; init; }

    /// <summary>"Workstation, Concurrent": the GC mode the job ran under, resolved.</summary>
    public string? GcMode { get; init; }

    /// <summary>The <c>[MemoryBudget]</c> on the method; null when it has none.</summary>
    public ExportedBudget? Budget { get; init; }
}

internal sealed class ExportedBudget
{
    /// <summary>Null for no limit.</summary>
    public long? MaxBytesPerOperation { get; init; }

    public bool NoGen2 { get; init; }

    public bool RetainsNothing { get; init; }
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
