namespace MemoryBench.BenchmarkDotNet;

/// <summary>The files one run leaves in its run folder (BenchmarkDotNet's <c>--artifacts</c>).</summary>
internal sealed record RunFolder(string Path)
{
    public string Exports => System.IO.Path.Combine(Path, "results");

    public string MarkdownReport => System.IO.Path.Combine(Path, "report.md");

    public string Verdicts => System.IO.Path.Combine(Path, "verdicts.json");

    /// <summary>
    /// Removes what an earlier run wrote here (exports, logs, report, verdicts), so the folder holds one run only and a
    /// filtered run is never read together with older exports of other benchmarks. Nothing else is touched.
    /// </summary>
    public void Clear()
    {
        var exports = Directory.Exists(Exports) ? Directory.EnumerateFiles(Exports) : [];
        var logs = Directory.Exists(Path) ? Directory.EnumerateFiles(Path, "*.log") : [];
        foreach (var file in exports.Concat(logs).Concat([MarkdownReport, Verdicts]).Where(File.Exists).ToList())
        {
            File.Delete(file);
        }
    }
}
