using BenchmarkDotNet.Engines;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The counting stage's result: BenchmarkDotNet's statistics over the counted span, and the log line.</summary>
internal sealed record CountedGcStats(GcStats GcStats, string Summary);
