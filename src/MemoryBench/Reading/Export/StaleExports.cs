using System.Globalization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// BenchmarkDotNet never empties its artifacts folder: a renamed or deleted benchmark class leaves its export of an
/// earlier run behind, which would be read as a current result. Within one folder, the newest run is kept and the
/// older exports are set aside with a warning: BenchmarkDotNet's titles tell when each type started, and exports dated
/// more than <see cref="GapBetweenRuns"/> before the next one belong to an earlier run. (MemoryBench's runner and
/// <c>memorybench gate</c> run into a clean folder; this is for folders a project's own runs filled.)
/// </summary>
internal static class StaleExports
{
    /// <summary>A suite's types start one after another; a pause this long between two is two runs.</summary>
    public static readonly TimeSpan GapBetweenRuns = TimeSpan.FromHours(1);

    /// <param name="folder">The folder the exports were found in, as given.</param>
    /// <param name="exports">The exports found there.</param>
    /// <param name="warnings">Receives one line per group of exports set aside.</param>
    /// <returns>The exports of the newest run.</returns>
    public static IReadOnlyList<ParsedExport> NewestRun(string folder, IReadOnlyList<ParsedExport> exports, List<string> warnings)
    {
        var olderRun = OlderByTitle(exports);
        if (olderRun.Count > 0)
        {
            var newestStart = exports.Except(olderRun).Min(export => export.Started)!.Value;
            warnings.Add(
                $"{Names(olderRun)} in {folder}: dated {Time(olderRun.Max(export => export.Started)!.Value)}, more than " +
                $"{GapBetweenRuns.TotalHours:0} hour before the newest run ({Time(newestStart)}); exports of an earlier run, ignored.");
        }

        return [.. exports.Except(olderRun)];
    }

    private static List<ParsedExport> OlderByTitle(IReadOnlyList<ParsedExport> exports)
    {
        var dated = exports.Where(export => export.Started is not null).OrderBy(export => export.Started).ToList();
        var newestRunStarts = 0;
        for (var i = 1; i < dated.Count; i++)
        {
            if (dated[i].Started - dated[i - 1].Started > GapBetweenRuns)
            {
                newestRunStarts = i;
            }
        }

        return dated[..newestRunStarts];
    }

    private static string Names(IEnumerable<ParsedExport> exports) =>
        string.Join(", ", exports.Select(export => Path.GetFileName(export.Path)).Order(StringComparer.Ordinal));

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
