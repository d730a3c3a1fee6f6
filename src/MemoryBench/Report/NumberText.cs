using System.Globalization;

namespace MemoryBench.Report;

/// <summary>Numbers of very different sizes (GC rates, ratios) shown with the same precision and no exponent.</summary>
internal static class NumberText
{
    private const int MaxDecimals = 8;

    /// <summary>Three significant digits, trailing zeros dropped: 2.25, 0.187, 471, 0.00123; "0" for zero.</summary>
    public static string Significant(double value, int digits = 3)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(digits - 1 - magnitude, 0, MaxDecimals);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }
}
