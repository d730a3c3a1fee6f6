using MemoryBench.Reading;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>The files one run of the harness leaves in its run folder.</summary>
public sealed record RunFolder(string Path)
{
    public string Exports => System.IO.Path.Combine(Path, "results");

    public string Manifest => System.IO.Path.Combine(Path, RunManifestStore.FileName);

    public string MarkdownReport => System.IO.Path.Combine(Path, "report.md");

    public string Verdicts => System.IO.Path.Combine(Path, "verdicts.json");

    /// <summary>
    /// Removes what an earlier run left that this one did not write, so "latest" holds one run only and
    /// a filtered run is never read together with older exports of other benchmarks.
    /// </summary>
    public void RemoveOlderThan(DateTime runStartedUtc)
    {
        var exports = Directory.Exists(Exports) ? Directory.EnumerateFiles(Exports) : [];
        var logs = Directory.Exists(Path) ? Directory.EnumerateFiles(Path, "*.log") : [];
        var stale = exports.Concat(logs).Concat([Manifest, MarkdownReport, Verdicts])
            .Where(f => File.Exists(f) && File.GetLastWriteTimeUtc(f) < runStartedUtc)
            .ToList();
        foreach (var file in stale)
        {
            File.Delete(file);
        }
    }
}
