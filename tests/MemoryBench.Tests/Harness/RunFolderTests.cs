using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.Harness;

[TestClass]
public sealed class RunFolderTests
{
    [TestMethod]
    public void What_an_earlier_run_left_is_removed_and_what_this_run_wrote_is_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"memorybench-{Guid.NewGuid():N}");
        var folder = new RunFolder(path);
        Directory.CreateDirectory(folder.Exports);
        var runStarted = DateTime.UtcNow;
        var old = new[] { Path.Combine(folder.Exports, "Old-report-full.json"), folder.Manifest, folder.MarkdownReport, folder.Verdicts, Path.Combine(path, "Old.log") };
        foreach (var file in old)
        {
            File.WriteAllText(file, "earlier run");
            File.SetLastWriteTimeUtc(file, runStarted.AddMinutes(-5));
        }

        var fresh = Path.Combine(folder.Exports, "New-report-full.json");
        File.WriteAllText(fresh, "this run");
        File.SetLastWriteTimeUtc(fresh, runStarted.AddSeconds(5));

        try
        {
            folder.RemoveOlderThan(runStarted);

            Assert.IsTrue(old.All(f => !File.Exists(f)));
            Assert.IsTrue(File.Exists(fresh));
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
