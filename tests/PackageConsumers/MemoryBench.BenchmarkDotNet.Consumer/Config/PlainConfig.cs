using BenchmarkDotNet.Attributes;

namespace Consumer;

// BenchmarkDotNet alone: allocations per operation, a short job; the gate adds --exporters json.
[MemoryDiagnoser]
[ShortRunJob]
public partial class OrderTotals;

[MemoryDiagnoser]
[ShortRunJob]
public partial class Receipts;
