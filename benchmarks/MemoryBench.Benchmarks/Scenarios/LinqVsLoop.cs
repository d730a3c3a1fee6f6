using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Totalling the value of the large orders through a LINQ chain materialised with <c>ToList</c>
/// (two iterator objects, a list and its array, all read once), against a plain loop that adds up
/// as it goes and allocates nothing.
/// </summary>
[BenchmarkCategory(nameof(LinqVsLoop))]
public class LinqVsLoop
{
    private const int LargeQuantity = 5;

    private readonly List<Order> orders = [.. Enumerable.Range(0, 1_000).Select(i => new Order(i % 10, 100 + i))];

    [Benchmark(Baseline = true)]
    public long LinqChain()
    {
        var values = orders
            .Where(order => order.Quantity >= LargeQuantity)
            .Select(order => (long)order.Quantity * order.UnitPrice)
            .ToList();

        return values.Sum();
    }

    [Benchmark]
    public long PlainLoop()
    {
        var total = 0L;
        foreach (var order in orders)
        {
            if (order.Quantity >= LargeQuantity)
            {
                total += (long)order.Quantity * order.UnitPrice;
            }
        }

        return total;
    }

    private sealed record Order(int Quantity, int UnitPrice);
}
