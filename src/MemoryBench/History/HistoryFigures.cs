using MemoryBench.Model;

namespace MemoryBench.History;

/// <summary>One benchmark's figures in one run of the history: what the comparison judges, nothing about time.</summary>
/// <param name="Memory">Allocated bytes/op and the Gen0/1/2 counts over their operations; null when not measured.</param>
/// <param name="Retained">Retained bytes/op with its standard error; null when not measured.</param>
internal sealed record HistoryFigures(MemoryMetrics? Memory, RetainedMemory? Retained);
