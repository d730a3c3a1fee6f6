using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.History.Analysis;

/// <summary>Every series of one benchmark, and the changes found in them.</summary>
internal sealed record BenchmarkSeries(BenchmarkId Id, ImmutableArray<FigureSeries> Series, ImmutableArray<FigureChange> Changes);
