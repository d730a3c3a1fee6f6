using MemoryBench.Attribution;

namespace MemoryBench.Gate;

/// <summary>
/// The files one run leaves in its run folder (BenchmarkDotNet's <c>--artifacts</c>): BenchmarkDotNet's exports and
/// logs, the report, the verdicts and the allocation profiles. The gate and MemoryBenchRunner both start a run here.
/// </summary>
internal sealed record RunFolder(string Path)
{
    public string Exports => System.IO.Path.Combine(Path, "results");

    public string MarkdownReport => System.IO.Path.Combine(Path, "report.md");

    public string Verdicts => System.IO.Path.Combine(Path, "verdicts.json");

    public bool HasExports =>
        Directory.Exists(Exports) && Directory.EnumerateFiles(Exports, "*-report-full*.json").Any();

    /// <summary>
    /// Removes what an earlier run wrote here (exports, logs, report, verdicts, allocation profiles), so the comparison
    /// reads this run only: a filtered run is never read with older exports of other benchmarks, nor a report shown
    /// with an older run's profiles. Nothing else in the folder is touched.
    /// </summary>
    public void RemoveEarlierRun()
    {
        var exports = Directory.Exists(Exports) ? Directory.EnumerateFiles(Exports, "*-report*") : [];
        var logs = Directory.Exists(Path) ? Directory.EnumerateFiles(Path, "*.log") : [];
        foreach (var file in exports.Concat(logs).Concat([MarkdownReport, Verdicts]).Where(File.Exists).ToList())
        {
            File.Delete(file);
        }

        AllocationProfileStore.RemoveEarlierRun(Path);
    }
}
