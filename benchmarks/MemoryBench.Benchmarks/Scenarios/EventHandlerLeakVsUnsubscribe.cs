using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// A short-lived price label subscribes to a process-wide currency publisher to hear about currency
/// changes. The leaky side never unsubscribes, so the publisher's handler list keeps every label alive
/// for the life of the process; the fixed side disposes the label, which removes its handler.
/// </summary>
/// <remarks>
/// The leaky side retains per operation one 40-byte <see cref="PriceLabel"/>, its 64-byte
/// <see cref="EventHandler"/> and the 48-byte node holding it in the publisher's handler list: 152 bytes.
/// The fixed side allocates the same objects and retains none of them.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(EventHandlerLeakVsUnsubscribe))]
public class EventHandlerLeakVsUnsubscribe
{
    private static readonly CurrencyPublisher Currency = new();

    private int nextPrice;

    [Benchmark(Baseline = true)]
    public int NeverUnsubscribed()
    {
        var label = new PriceLabel(Currency, cents: nextPrice++ % 10_000);
        return label.Width;
    }

    [Benchmark]
    public int Unsubscribed()
    {
        using var label = new PriceLabel(Currency, cents: nextPrice++ % 10_000);
        return label.Width;
    }

    /// <summary>Drops every subscription, so that one run's leak does not weigh on the next.</summary>
    [GlobalCleanup]
    public static void DropSubscriptions() => Currency.RemoveAllHandlers();

    /// <summary>Lives as long as the process, like an application-wide settings or message hub.</summary>
    private sealed class CurrencyPublisher
    {
        // A field-like event would copy its whole invocation list on every subscription, turning a
        // leak into quadratic time. A linked list grows by one node per handler, never by doubling an
        // array, so every call allocates and keeps the same bytes.
        private readonly LinkedList<EventHandler> handlers = [];

        public event EventHandler Changed
        {
            add => handlers.AddLast(value);
            remove => handlers.Remove(value);
        }

        public string Symbol { get; } = "EUR";

        public void RemoveAllHandlers() => handlers.Clear();
    }

    private sealed class PriceLabel : IDisposable
    {
        private readonly CurrencyPublisher currency;
        private readonly EventHandler onCurrencyChanged;
        private readonly int cents;

        public PriceLabel(CurrencyPublisher currency, int cents)
        {
            this.currency = currency;
            this.cents = cents;
            Width = Measure();
            // Kept so that unsubscribing removes the very delegate that was added, without allocating another.
            onCurrencyChanged = Refresh;
            currency.Changed += onCurrencyChanged;
        }

        /// <summary>Characters needed to show the price: units, decimal point, cents, space, symbol.</summary>
        public int Width { get; private set; }

        public void Dispose() => currency.Changed -= onCurrencyChanged;

        private void Refresh(object? sender, EventArgs e) => Width = Measure();

        private int Measure()
        {
            var digits = 1;
            for (var units = cents / 100; units >= 10; units /= 10)
            {
                digits++;
            }

            return digits + 4 + currency.Symbol.Length;
        }
    }
}
