using MemoryBench.BenchmarkDotNet;

namespace Consumer;

// The one attribute a user adds: the fast memory job, Retained/op, budgets and the JSON export.
[MemoryBenchConfig]
public partial class OrderTotals;
