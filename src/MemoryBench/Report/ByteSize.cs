using System.Globalization;

namespace MemoryBench.Report;

/// <summary>Sizes in binary units named as such: B, KiB, MiB, GiB (1 KiB = 1,024 B), at most two decimals.</summary>
internal static class ByteSize
{
    private const double Kilo = 1024;
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB"];

    /// <summary>"24 B", "38.09 KiB", "5.04 MiB"; "n/a" for a value that is not a number.</summary>
    public static string Format(double bytes)
    {
        if (!double.IsFinite(bytes))
        {
            return "n/a";
        }

        var magnitude = Math.Abs(bytes);
        var unit = 0;
        // Pick the unit after rounding, so 1,048,575 B reads "1 MiB" and not "1024 KiB".
        while (unit < Units.Length - 1 && Math.Round(magnitude, 2) >= Kilo)
        {
            magnitude /= Kilo;
            unit++;
        }

        var sign = bytes < 0 && Math.Round(magnitude, 2) > 0 ? "-" : "";
        return sign + Math.Round(magnitude, 2).ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Units[unit];
    }

    /// <summary>The exact figure with thousands separators: "39,000 B".</summary>
    public static string Exact(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";
}
