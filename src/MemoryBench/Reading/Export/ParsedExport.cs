using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Reading.Export;

/// <summary>One export file's benchmarks and host.</summary>
internal sealed record ParsedExport(string Path, HostFingerprint Host, ImmutableArray<ParsedBenchmark> Benchmarks)
{
    /// <summary>When the export's benchmarks started, from its title; null when the title does not say.</summary>
    public DateTime? Started { get; init; }
}

/// <summary>The host part of the environment fingerprint; the GC mode depends on jobs and manifest.</summary>
internal sealed record HostFingerprint(string Os, string Architecture, string Runtime, int ProcessorCount);

/// <summary>One benchmark as its export has it, before the run manifest and the ids are applied.</summary>
internal sealed record ParsedBenchmark(
    string Path,
    string FullName,
    BenchmarkName Name,
    string JobGcMode,
    long? PinnedGen0Budget,
    MemoryMetrics? Memory,
    TimeSummary? Time,
    RetainedMemory? Retained,
    bool Failed);
