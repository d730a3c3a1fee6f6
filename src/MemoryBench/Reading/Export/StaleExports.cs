using System.Globalization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// BenchmarkDotNet never empties its artifacts folder: a renamed or deleted benchmark class leaves its export of an
/// earlier run behind, which would be read as a current result. Within one folder, the newest run is kept and the
/// older exports are set aside with a warning. With a run manifest the harness's run is the newest: an export none of
/// whose benchmarks the manifest lists is older. Without one, BenchmarkDotNet's titles tell when each type started:
/// exports dated more than <see cref="GapBetweenRuns"/> before the next one belong to an earlier run.
/// </summary>
internal static class StaleExports
{
    /// <summary>A suite's types start one after another; a pause this long between two is two runs.</summary>
    public static readonly TimeSpan GapBetweenRuns = TimeSpan.FromHours(1);

    /// <param name="folder">The folder the exports were found in, as given.</param>
    /// <param name="exports">The exports found there.</param>
    /// <param name="manifests">Finds an export's run manifest.</param>
    /// <param name="warnings">Receives one line per group of exports set aside.</param>
    /// <returns>The exports of the newest run.</returns>
    public static IReadOnlyList<ParsedExport> NewestRun(
        string folder, IReadOnlyList<ParsedExport> exports, RunManifestLookup manifests, List<string> warnings)
    {
        var notInManifest = new List<ParsedExport>();
        var withoutManifest = new List<ParsedExport>();
        foreach (var export in exports)
        {
            if (manifests.For(export.Path) is not { } manifest)
            {
                withoutManifest.Add(export);
            }
            else if (export.Benchmarks.Length > 0 && export.Benchmarks.All(b => manifest.Entry(b.FullName, b.Name.Job) is null))
            {
                notInManifest.Add(export);
            }
        }

        if (notInManifest.Count > 0)
        {
            warnings.Add(
                $"{Names(notInManifest)} in {folder}: none of their benchmarks is in the run manifest ({RunManifestStore.FileName}) of the run " +
                "that wrote this folder; left by an earlier run, ignored.");
        }

        var olderRun = OlderByTitle(withoutManifest);
        if (olderRun.Count > 0)
        {
            var newestStart = withoutManifest.Except(olderRun).Min(export => export.Started)!.Value;
            warnings.Add(
                $"{Names(olderRun)} in {folder}: dated {Time(olderRun.Max(export => export.Started)!.Value)}, more than " +
                $"{GapBetweenRuns.TotalHours:0} hour before the newest run ({Time(newestStart)}); exports of an earlier run, ignored.");
        }

        return [.. exports.Except(notInManifest).Except(olderRun)];
    }

    private static List<ParsedExport> OlderByTitle(List<ParsedExport> exports)
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
