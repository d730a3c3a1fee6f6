using System.Globalization;

namespace MemoryBench.Comparison;

/// <summary>Figures as a reviewer reads them in a finding's reason, the same on every machine.</summary>
internal static class FigureText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Bytes(double bytes) => bytes.ToString("#,0.#", Invariant) + " B";

    public static string SignedBytes(double bytes) => bytes.ToString("+#,0.#;-#,0.#;0", Invariant) + " B";

    public static string Number(double value) => value.ToString("#,0.##", Invariant);

    public static string SignedNumber(double value) => value.ToString("+#,0.##;-#,0.##;0", Invariant);

    /// <summary>The change from <paramref name="baseline"/> to <paramref name="current"/> in percent, with its sign.</summary>
    /// <remarks>
    /// Small changes keep two significant digits (one extra object on 1 MB is +0.0023%, not +0%);
    /// a change from zero has no percentage.
    /// </remarks>
    public static string SignedPercent(double baseline, double current)
    {
        if (baseline == 0)
        {
            return current == 0 ? "0%" : "from zero";
        }

        var percent = (current - baseline) / Math.Abs(baseline) * 100;
        return SignedPercentValue(percent);
    }

    /// <summary>A fraction (0.05) as a percentage ("5%").</summary>
    public static string Percent(double fraction) => Round(fraction * 100).ToString("0.##########", Invariant) + "%";

    private static string SignedPercentValue(double percent) =>
        Round(percent).ToString("+#,0.##########;-#,0.##########;0", Invariant) + "%";

    private static double Round(double percent)
    {
        var magnitude = Math.Abs(percent);
        if (magnitude >= 100)
        {
            return Math.Round(percent);
        }

        if (magnitude >= 1 || magnitude == 0)
        {
            return Math.Round(percent, 1);
        }

        var decimals = 1 - (int)Math.Floor(Math.Log10(magnitude));
        return Math.Round(percent, Math.Min(decimals, 15));
    }
}
