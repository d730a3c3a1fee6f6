using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MemoryBench.Report;

/// <summary>
/// The paired scenarios of a run for the console: per pair, what the wasteful and the frugal way allocate per
/// operation and the ratio, the figure a developer optimising code looks for first.
/// </summary>
internal static class ConsolePairs
{
    public static string Render(ImmutableArray<ScenarioPair> pairs)
    {
        if (pairs.IsDefaultOrEmpty)
        {
            return "";
        }

        var rows = pairs.Select(p => (
            Pair: ConsoleText.Escape(p.Description),
            Wasteful: $"{ConsoleText.Escape(p.Wasteful.Name.Method)} {Allocated(p.Wasteful)}",
            Frugal: $"{ConsoleText.Escape(p.Frugal.Name.Method)} {Allocated(p.Frugal)}",
            Ratio: p.Ratio is { } ratio ? ratio.ToString("0.000", CultureInfo.InvariantCulture) : "n/a")).ToList();
        var pairWidth = rows.Max(r => r.Pair.Length);
        var wastefulWidth = rows.Max(r => r.Wasteful.Length);
        var frugalWidth = rows.Max(r => r.Frugal.Length);

        var text = new StringBuilder("Paired scenarios: allocated per operation, wasteful -> frugal (ratio = frugal / wasteful)\n");
        foreach (var row in rows)
        {
            text.Append("  ").Append(row.Pair.PadRight(pairWidth))
                .Append("  ").Append(row.Wasteful.PadRight(wastefulWidth))
                .Append("  ->  ").Append(row.Frugal.PadRight(frugalWidth))
                .Append("  ratio ").Append(row.Ratio).Append('\n');
        }

        return text.ToString();
    }

    private static string Allocated(Model.BenchmarkResult result) =>
        result.Memory is { } memory ? ByteSize.Format(memory.BytesAllocatedPerOperation) : "not measured";
}
