using MemoryBench.BenchmarkDotNet;

namespace Consumer;

// The one attribute a user adds: the fast memory job, Retained/op, budgets, the JSON export and allocation attribution.
[MemoryBenchConfig]
public partial class OrderTotals;

[MemoryBenchConfig]
public partial class Receipts;
