using MemoryBench.BenchmarkDotNet;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.BenchmarkDotNetPackage;

[TestClass]
public sealed class RunFolderTests
{
    [TestMethod]
    public void What_an_earlier_run_wrote_is_removed_before_a_run_and_nothing_else()
    {
        using var temporary = new TemporaryFolder();
        var folder = new RunFolder(temporary.Path);
        var earlier = new[]
        {
            temporary.Write(Path.Combine("results", "Old-report-full.json"), "earlier run"),
            temporary.Write(Path.Combine("results", "Old-report-github.md"), "earlier run"),
            temporary.Write("report.md", "earlier run"),
            temporary.Write("verdicts.json", "earlier run"),
            temporary.Write("Old.log", "earlier run"),
        };
        var unrelated = new[] { temporary.Write("notes.txt", "mine"), temporary.Write(Path.Combine("keep", "data.json"), "mine") };

        folder.Clear();

        Assert.IsTrue(earlier.All(f => !File.Exists(f)));
        Assert.IsTrue(unrelated.All(File.Exists));
    }

    [TestMethod]
    public void A_run_folder_that_does_not_exist_yet_is_left_to_BenchmarkDotNet()
    {
        using var temporary = new TemporaryFolder();
        var folder = new RunFolder(temporary.File("new-run"));

        folder.Clear();

        Assert.IsFalse(Directory.Exists(folder.Path));
    }
}
