using System.Globalization;

namespace MemoryBench.Reading;

/// <summary>
/// The figures a measurement can have, checked where they stand in the input: counts and sizes are never negative,
/// and nothing a benchmark measures comes near <see cref="Largest"/> (a petabyte per operation, eleven days per
/// operation in nanoseconds). Beyond it, arithmetic on the figures overflows or rounds to infinity, and a baseline
/// written from them could not be read back.
/// </summary>
internal static class FigureBounds
{
    public const double Largest = 1e15;

    /// <summary>A count or a size: zero or more, at most <see cref="Largest"/>.</summary>
    /// <exception cref="InputException">The figure is impossible.</exception>
    public static void Count(string path, string where, long value)
    {
        if (value < 0 || value > Largest)
        {
            throw new InputException(path, where, $"expected a count of zero to {Largest:0.#e0}, got {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>A measured decimal: finite, within ±<see cref="Largest"/>, and not negative unless it may be.</summary>
    /// <exception cref="InputException">The figure is impossible.</exception>
    public static void Measured(string path, string where, double value, bool mayBeNegative = false)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > Largest || (!mayBeNegative && value < 0))
        {
            var range = mayBeNegative ? $"-{Largest:0.#e0} to {Largest:0.#e0}" : $"0 to {Largest:0.#e0}";
            throw new InputException(path, where, $"expected a finite number from {range}, got {value.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The index of the first null in a list read from JSON, or -1.</summary>
    public static int FirstNull<T>(IEnumerable<T?>? items)
        where T : class =>
        items is null ? -1 : items.Select((item, index) => item is null ? index : -1).FirstOrDefault(index => index >= 0, -1);
}
