using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// Totalling quantity × price over CSV lines with <see cref="string.Split(char, StringSplitOptions)"/>,
/// which allocates an array and a string per line and per field, against slicing the same text as a
/// <see cref="ReadOnlySpan{T}"/> of <see cref="char"/> and parsing the slices in place.
/// </summary>
[BenchmarkCategory(nameof(SplitVsSpanParsing))]
public class SplitVsSpanParsing
{
    private const int QuantityField = 2;
    private const int PriceField = 3;
    private const int FieldCount = 4;

    private readonly string csv = CreateCsv(lines: 100);

    [Benchmark(Baseline = true)]
    public long SplitStrings()
    {
        var total = 0L;
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(',');
            total += long.Parse(fields[QuantityField], CultureInfo.InvariantCulture)
                * long.Parse(fields[PriceField], CultureInfo.InvariantCulture);
        }

        return total;
    }

    [Benchmark]
    public long SliceSpans()
    {
        var total = 0L;
        Span<Range> fields = stackalloc Range[FieldCount];
        foreach (var line in csv.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            line.Split(fields, ',');
            total += long.Parse(line[fields[QuantityField]], CultureInfo.InvariantCulture)
                * long.Parse(line[fields[PriceField]], CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static string CreateCsv(int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{1_000 + i},product-{i},{(i % 9) + 1},{199 + (i * 37)}\n");
        }

        return text.ToString();
    }
}
