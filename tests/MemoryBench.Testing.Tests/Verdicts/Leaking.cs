using System.Collections.Concurrent;

namespace MemoryBench.Testing.Tests.Verdicts;

/// <summary>Operations that keep memory on every call, or on every few calls, for ever: DoesNotLeak must fail each.</summary>
internal static class Leaking
{
    private static readonly List<byte[]> EveryHundredth = [];
    private static readonly Dictionary<int, int> Growing = [];
    private static readonly ConcurrentQueue<int> Queued = new();
    private static readonly List<object> Objects = [];
    private static int slowCalls;
    private static int dictionaryCalls;
    private static int queueCalls;

    private static event EventHandler? Changed;

    /// <summary>Raises the event, as its owner would: every subscriber is called.</summary>
    public static void Raise() => Changed?.Invoke(null, EventArgs.Empty);

    /// <summary>A static event gains a subscriber per call: a handler, its delegate, and a longer invocation list.</summary>
    public static void SubscribeToStaticEvent() => Changed += new Subscriber().OnChanged;

    /// <summary>A 16-byte array kept every 100th call: about 0.4 B per call, with the list that holds them.</summary>
    public static void KeepAnArrayEveryHundredthCall()
    {
        if (++slowCalls % 100 == 0)
        {
            EveryHundredth.Add(new byte[16]);
        }
    }

    /// <summary>A static dictionary gains an entry per call: its storage grows in lumps as it resizes.</summary>
    public static void AddToStaticDictionary()
    {
        var key = ++dictionaryCalls;
        Growing[key] = key;
    }

    /// <summary>A static queue gains an item per call: its segments grow in lumps.</summary>
    public static void EnqueueToStaticQueue() => Queued.Enqueue(++queueCalls);

    /// <summary>A new object kept per call.</summary>
    public static void KeepANewObject() => Objects.Add(new object());

    private sealed class Subscriber
    {
        public void OnChanged(object? sender, EventArgs e) => GC.KeepAlive(this);
    }
}
