using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>A path resolves to the file the system would open: every component's links followed, ".." after them.</summary>
[TestClass]
public sealed class ResolvedPathTests
{
    [TestMethod]
    public void A_link_to_a_folder_in_the_middle_of_a_path_is_followed()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.Write("results/baseline.json", "{}");
        Directory.CreateSymbolicLink(folder.File("link"), folder.File("results"));

        Assert.AreEqual(baseline, ResolvedPath.Of(folder.File("link/baseline.json")));
    }

    [TestMethod]
    public void A_file_that_does_not_exist_yet_resolves_through_the_links_before_it()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.File("results"));
        Directory.CreateSymbolicLink(folder.File("link"), folder.File("results"));

        Assert.AreEqual(folder.File("results/new/report.md"), ResolvedPath.Of(folder.File("link/new/report.md")));
    }

    [TestMethod]
    public void Two_dots_after_a_link_go_to_the_parent_of_its_target()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.Write("deep/results/baseline.json", "{}");
        Directory.CreateSymbolicLink(folder.File("link"), folder.File("deep/results"));

        Assert.AreEqual(baseline, ResolvedPath.Of(folder.File("link/../results/baseline.json")));
    }

    [TestMethod]
    public void Links_to_links_with_relative_targets_are_followed_to_the_end()
    {
        using var folder = new TemporaryFolder();
        var baseline = folder.Write("a/b/baseline.json", "{}");
        Directory.CreateSymbolicLink(folder.File("a/to-b"), "b");
        File.CreateSymbolicLink(folder.File("a/to-b/alias.json"), "baseline.json");
        Directory.CreateSymbolicLink(folder.File("top"), "a/to-b");

        Assert.AreEqual(baseline, ResolvedPath.Of(folder.File("top/alias.json")));
    }

    [TestMethod]
    public void A_relative_path_resolves_from_the_current_folder()
    {
        Assert.AreEqual(Path.Join(ResolvedPath.Of(Directory.GetCurrentDirectory()), "no-such-file.json"), ResolvedPath.Of("no-such-file.json"));
    }

    [TestMethod]
    public void Links_that_loop_are_an_input_error_not_a_hang()
    {
        using var folder = new TemporaryFolder();
        File.CreateSymbolicLink(folder.File("a"), folder.File("b"));
        File.CreateSymbolicLink(folder.File("b"), folder.File("a"));

        var error = Assert.ThrowsExactly<InputException>(() => ResolvedPath.Of(folder.File("a/baseline.json")));

        Assert.Contains("symbolic links", error.Message);
    }

    [TestMethod]
    public void An_empty_path_is_an_input_error()
    {
        Assert.ThrowsExactly<InputException>(() => ResolvedPath.Of(""));
    }
}
