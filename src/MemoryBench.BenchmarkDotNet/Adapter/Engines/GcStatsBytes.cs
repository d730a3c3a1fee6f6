using System.Globalization;
using BenchmarkDotNet.Engines;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The allocated bytes of a <see cref="GcStats"/>, which BenchmarkDotNet keeps internal but prints.</summary>
internal static class GcStatsBytes
{
    /// <summary>
    /// Read from the statistics' own output line (the one the benchmark process sends to BenchmarkDotNet's host:
    /// "// GC: gen0 gen1 gen2 allocatedBytes operations"), so the bytes are exactly BenchmarkDotNet's.
    /// </summary>
    public static long Of(GcStats stats)
    {
        var fields = stats.ToOutputLine().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 6 && long.TryParse(fields[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : throw new InvalidOperationException($"BenchmarkDotNet's GC statistics line is not in the expected form: '{stats.ToOutputLine()}'.");
    }
}
