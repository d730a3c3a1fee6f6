using System.Text;

namespace MemoryBench.History.Rendering;

/// <summary>
/// A series as a line of block characters (▁▂▃▄▅▆▇█), oldest first, one per run, "·" where a run lacks the figure. The
/// scale spans at least <c>minimumSpan</c>, so jitter the comparison allows stays low instead of filling the height.
/// </summary>
internal static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Of(IReadOnlyList<double?> values, double minimumSpan)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.OfType<double>().ToList();
        if (present.Count == 0)
        {
            return new string('·', values.Count);
        }

        var low = present.Min();
        var span = Math.Max(present.Max() - low, minimumSpan);
        var line = new StringBuilder(values.Count);
        foreach (var value in values)
        {
            line.Append(value is { } given
                ? Blocks[span <= 0 ? 0 : (int)Math.Round((given - low) / span * (Blocks.Length - 1))]
                : '·');
        }

        return line.ToString();
    }
}
