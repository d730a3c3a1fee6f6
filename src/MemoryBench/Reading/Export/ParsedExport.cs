using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Reading.Export;

/// <summary>One export file's benchmarks and host.</summary>
internal sealed record ParsedExport(string Path, HostFingerprint Host, ImmutableArray<ParsedBenchmark> Benchmarks)
{
    /// <summary>When the export's benchmarks started, from its title; null when the title does not say.</summary>
    public DateTime? Started { get; init; }

    /// <summary>What the run set out to measure, as MemoryBench's exporter recorded it; null in a plain export.</summary>
    public RunSelection? Selection { get; init; }

    /// <summary>The BenchmarkDotNet and MemoryBench.BenchmarkDotNet versions that wrote the export.</summary>
    public Toolchain Toolchain { get; init; } = new(null, null);
}

/// <summary>The host part of the environment fingerprint; the GC mode depends on the jobs.</summary>
internal sealed record HostFingerprint(string Os, string Architecture, string Runtime, int ProcessorCount);

/// <summary>One benchmark as its export has it, before the ids are given.</summary>
internal sealed record ParsedBenchmark(
    string Path,
    BenchmarkName Name,
    string GcMode, // as MemoryBench's exporter resolved it, else as far as the job's characteristics say
    long? PinnedGen0Budget,
    MemoryMetrics? Memory,
    TimeSummary? Time,
    RetainedMemory? Retained,
    bool Failed)
{
    public ImmutableArray<string> Categories { get; init; } = [];

    /// <summary>Marked <c>Baseline = true</c>: the reference side of its pair.</summary>
    public bool IsBaseline { get; init; }

    /// <summary>The budget declared next to the benchmark; null when none (or a plain export).</summary>
    public Budget? Budget { get; init; }
}
