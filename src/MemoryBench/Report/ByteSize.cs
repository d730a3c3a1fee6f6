using System.Globalization;

namespace MemoryBench.Report;

/// <summary>Sizes as BenchmarkDotNet prints them: B, KB, MB, GB with 1 KB = 1024 B, at most two decimals.</summary>
public static class ByteSize
{
    private const double Kilo = 1024;
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB"];

    /// <summary>"24 B", "38.09 KB", "5.04 MB"; "n/a" for a value that is not a number.</summary>
    public static string Format(double bytes)
    {
        if (!double.IsFinite(bytes))
        {
            return "n/a";
        }

        var magnitude = Math.Abs(bytes);
        var unit = 0;
        // Pick the unit after rounding, so 1,048,575 B reads "1 MB" and not "1024 KB".
        while (unit < Units.Length - 1 && Math.Round(magnitude, 2) >= Kilo)
        {
            magnitude /= Kilo;
            unit++;
        }

        var sign = bytes < 0 && Math.Round(magnitude, 2) > 0 ? "-" : "";
        return sign + Math.Round(magnitude, 2).ToString("0.##", CultureInfo.InvariantCulture) + " " + Units[unit];
    }

    /// <summary>The exact figure with thousands separators: "39,000 B".</summary>
    public static string Exact(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";
}
