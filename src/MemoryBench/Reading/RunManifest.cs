using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Reading;

/// <summary>
/// What a MemoryBench run knows and BenchmarkDotNet's JSON lacks, written by the harness as
/// <see cref="RunManifestStore.FileName"/> next to the exports.
/// </summary>
/// <param name="GcMode">The GC mode the benchmarks ran under ("Workstation, Concurrent").</param>
/// <param name="Benchmarks">One entry per benchmark and job.</param>
public sealed record RunManifest(string GcMode, ImmutableArray<RunManifestEntry> Benchmarks)
{
    /// <summary>What the run selected; a manifest that does not say is a run of every benchmark.</summary>
    public RunSelection Selection { get; init; } = RunSelection.Everything;
}
