using System.Globalization;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// How measured decimals are stored: three significant digits. Times and retained bytes differ in
/// their later digits on every run; storing those digits would make every refresh of the baseline
/// rewrite every line, while the 0.1% a third digit resolves is far below the noise of a timing.
/// Allocated bytes and GC counts are integers and stored exactly.
/// </summary>
internal static class BaselineFigures
{
    public const int SignificantDigits = 3;

    public static double Round(double value) =>
        double.IsFinite(value)
            ? double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value;
}
