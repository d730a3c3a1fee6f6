using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Awaiting a price lookup that nearly always completes synchronously (the price is cached) through
/// <see cref="Task{TResult}"/>, which allocates a completed task per call for any result the runtime
/// does not keep a cached task for, against <see cref="ValueTask{TResult}"/>, which carries the result
/// without allocating. Both benchmarks await their lookups in an async method returning a
/// <see cref="ValueTask{TResult}"/> that completes synchronously: only the lookup's type differs.
/// </summary>
[BenchmarkCategory(nameof(TaskVsValueTask))]
public class TaskVsValueTask
{
    private const int Products = 16;

    private readonly PriceList prices = new();

    [GlobalSetup]
    public void CachePrices()
    {
        for (var product = 0; product < Products; product++)
        {
            prices.Cache(product);
        }
    }

    [Benchmark(Baseline = true)]
    public async ValueTask<int> TaskOfInt()
    {
        var total = 0;
        for (var product = 0; product < Products; product++)
        {
            total += await prices.GetAsTaskAsync(product);
        }

        return total;
    }

    [Benchmark]
    public async ValueTask<int> ValueTaskOfInt()
    {
        var total = 0;
        for (var product = 0; product < Products; product++)
        {
            total += await prices.GetAsValueTaskAsync(product);
        }

        return total;
    }

    /// <summary>Prices in cents, cached once fetched; a miss goes to a (simulated) remote source.</summary>
    private sealed class PriceList
    {
        private readonly Dictionary<int, int> cached = [];

        public void Cache(int product) => cached[product] = Fetched(product);

        public async Task<int> GetAsTaskAsync(int product)
        {
            if (cached.TryGetValue(product, out var price))
            {
                return price;
            }

            price = await FetchAsync(product);
            cached[product] = price;
            return price;
        }

        public async ValueTask<int> GetAsValueTaskAsync(int product)
        {
            if (cached.TryGetValue(product, out var price))
            {
                return price;
            }

            price = await FetchAsync(product);
            cached[product] = price;
            return price;
        }

        private static async Task<int> FetchAsync(int product)
        {
            // Stands for the network: the continuation runs later, the caller is suspended.
            await Task.Yield();
            return Fetched(product);
        }

        // Far above the small results (-1 to 8) the runtime keeps completed tasks for.
        private static int Fetched(int product) => 1_000 + (product * 37);
    }
}
