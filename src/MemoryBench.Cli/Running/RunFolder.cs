namespace MemoryBench.Cli.Running;

/// <summary>The gate's run folder: BenchmarkDotNet's artifacts, then the report and the verdicts beside them.</summary>
internal sealed record RunFolder(string Path)
{
    /// <summary>Where BenchmarkDotNet writes its exports.</summary>
    public string Exports => System.IO.Path.Combine(Path, "results");

    public string MarkdownReport => System.IO.Path.Combine(Path, "report.md");

    public string Verdicts => System.IO.Path.Combine(Path, "verdicts.json");

    public bool HasExports =>
        Directory.Exists(Exports) && Directory.EnumerateFiles(Exports, "*-report-full*.json").Any();

    /// <summary>
    /// Removes what an earlier run left here (exports, logs, report, verdicts), so the
    /// comparison reads this run only. Nothing else in the folder is touched.
    /// </summary>
    public void RemoveEarlierRun()
    {
        var exports = Directory.Exists(Exports) ? Directory.EnumerateFiles(Exports, "*-report*") : [];
        var logs = Directory.Exists(Path) ? Directory.EnumerateFiles(Path, "*.log") : [];
        var own = new[] { MarkdownReport, Verdicts };
        foreach (var file in exports.Concat(logs).Concat(own).Where(File.Exists).ToList())
        {
            File.Delete(file);
        }
    }
}
