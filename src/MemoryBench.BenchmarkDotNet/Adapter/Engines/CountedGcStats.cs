using System.Collections.Immutable;
using BenchmarkDotNet.Engines;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The counting stage's result: BenchmarkDotNet's statistics over the counted span, and the log line.</summary>
/// <param name="GcStats">BenchmarkDotNet's statistics summed over the span.</param>
/// <param name="Summary">The line for the benchmark's log.</param>
/// <param name="Operations">Operations in the span.</param>
/// <param name="AllocatedBytes">Bytes counted over them.</param>
/// <param name="Windows">When each of the span's chunks ran (stopwatch timestamps), for the allocation samples of the span.</param>
internal sealed record CountedGcStats(GcStats GcStats, string Summary, long Operations, long AllocatedBytes, ImmutableArray<(long Start, long End)> Windows);
