using System.Globalization;

namespace MemoryBench.Report;

/// <summary>How a figure moved, for people: "+24 B (+0.06%)", "−1.2 KB (−10.0%)".</summary>
internal static class DeltaText
{
    /// <summary>The typographic minus: a hyphen next to a number reads as a dash in proportional fonts.</summary>
    public const string Minus = "\u2212";

    /// <summary>The change in bytes with its sign, then relative to the baseline.</summary>
    /// <param name="baseline">The baseline figure in bytes.</param>
    /// <param name="current">The current figure in bytes.</param>
    /// <param name="ascii">Plain ASCII signs, for consoles that may not show Unicode.</param>
    public static string Format(double baseline, double current, bool ascii = false)
    {
        if (!double.IsFinite(baseline) || !double.IsFinite(current))
        {
            return "n/a";
        }

        var delta = current - baseline;
        if (delta == 0)
        {
            return "0 B";
        }

        return $"{SignedSize(delta, ascii)} ({Relative(baseline, current, ascii)})";
    }

    /// <summary>A size with its sign, "+24 B" or "−1.25 KiB": the one place that chooses the minus sign for sizes.</summary>
    internal static string SignedSize(double bytes, bool ascii) => Sign(bytes, ascii) + ByteSize.Format(Math.Abs(bytes));

    /// <summary>"+0.06%", "−10.0%", "+&lt;0.01%", "×43,691" for growth past tenfold, "from 0" when the baseline is zero.</summary>
    public static string Relative(double baseline, double current, bool ascii = false)
    {
        if (baseline == 0)
        {
            return current == 0 ? "0%" : "from 0";
        }

        var percent = (current - baseline) / Math.Abs(baseline) * 100;
        var magnitude = Math.Abs(percent);
        var sign = Sign(percent, ascii);
        if (magnitude >= 1000)
        {
            return (ascii ? "x" : "\u00d7") + (current / baseline).ToString("N0", CultureInfo.InvariantCulture);
        }

        if (Math.Round(magnitude, 2) >= 1)
        {
            return sign + magnitude.ToString("0.0", CultureInfo.InvariantCulture) + "%";
        }

        if (Math.Round(magnitude, 2) >= 0.01)
        {
            return sign + magnitude.ToString("0.00", CultureInfo.InvariantCulture) + "%";
        }

        return magnitude == 0 ? "0%" : sign + "<0.01%";
    }

    private static string Sign(double value, bool ascii) => value < 0 ? (ascii ? "-" : Minus) : "+";
}
