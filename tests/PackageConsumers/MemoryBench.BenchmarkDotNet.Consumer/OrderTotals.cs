namespace Consumer;

/// <summary>
/// A user's benchmarks: one way to total orders allocates an enumerator and a closure, the other nothing. Two
/// environment variables, read by the benchmark process, make TotalWithLoop worse on purpose for .ci/run:
/// CONSUMER_INJECT_EXTRA_OBJECT=1 allocates one more object per operation (an <see cref="AuditEntry"/>, 24 B),
/// CONSUMER_INJECT_LEAK=1 keeps it forever.
/// </summary>
public partial class OrderTotals
{

    private readonly decimal[] prices = [.. Enumerable.Range(1, 64).Select(i => i * 1.25m)];
    private AuditEntry? last;

    [BenchmarkDotNet.Attributes.Benchmark(Baseline = true)]
    public decimal TotalWithLinq() => prices.Where(price => price > 2m).Sum();

    [BenchmarkDotNet.Attributes.Benchmark]
    public decimal TotalWithLoop()
    {
        var total = 0m;
        foreach (var price in prices)
        {
            if (price > 2m)
            {
                total += price;
            }
        }

        if (Injected.ExtraObject)
        {
            last = new AuditEntry(prices.Length);
            Injected.KeepWhenLeaking(last);
        }

        return total;
    }
}
