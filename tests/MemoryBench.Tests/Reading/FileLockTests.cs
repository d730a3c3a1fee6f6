using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>One lock per file, however the path names it.</summary>
[TestClass]
public sealed class FileLockTests
{
    [TestMethod]
    public void A_path_through_a_folder_link_takes_the_same_lock_as_the_real_path()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("bench/Bench.csproj", "<Project />");
        Directory.CreateSymbolicLink(folder.File("link"), folder.File("bench"));
        using var held = FileLock.Take(project, TimeSpan.Zero, use: "run");

        var error = Assert.ThrowsExactly<InputException>(() => FileLock.Take(folder.File("link/Bench.csproj"), TimeSpan.FromMilliseconds(100), use: "run"));

        Assert.Contains("is being run by another process", error.Message);
    }
}
