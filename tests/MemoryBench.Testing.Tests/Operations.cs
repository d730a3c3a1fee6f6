using System.Globalization;
using System.Text;

namespace MemoryBench.Testing.Tests;

/// <summary>Small operations with known allocations, for the assertions to judge.</summary>
internal static class Operations
{
    private static readonly int[] Readings = [.. Enumerable.Range(0, 64)];

    // Where an extra object escapes to, so that the JIT cannot keep it on the stack.
    private static object? lastExtra;

    // The newest of a chain of nodes that are never let go: a leak of one 24-byte object per call.
    private static Node? newestLeaked;

    /// <summary>Sums a span of readings: allocates nothing.</summary>
    public static long Sum()
    {
        var total = 0L;
        foreach (var reading in Readings.AsSpan())
        {
            total += reading;
        }

        return total;
    }

    /// <summary>Formats a line with a StringBuilder: a builder, its chunk and the string, every call.</summary>
    public static string FormatLine()
    {
        var line = new StringBuilder();
        for (var i = 0; i < 4; i++)
        {
            line.Append(i.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return line.ToString();
    }

    /// <summary>The same line and one more object: 24 bytes more per call.</summary>
    public static string FormatLineAndOneObjectMore()
    {
        lastExtra = new object();
        return FormatLine();
    }

    /// <summary>Allocates one 24-byte node per call, let go at the next call.</summary>
    public static void AllocateOneNode() => lastExtra = new Node(null);

    /// <summary>Keeps one 24-byte node per call reachable for ever.</summary>
    public static void LeakOneNode() => newestLeaked = new Node(newestLeaked);

    /// <summary>Lets the leaked nodes go.</summary>
    public static void ForgetLeakedNodes() => newestLeaked = null;

    private sealed class Node(Node? previous)
    {
        public Node? Previous { get; } = previous;
    }
}
