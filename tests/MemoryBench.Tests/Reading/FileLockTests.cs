using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>One lock per file however it is named, and a note that tells the next holder its predecessor was killed.</summary>
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

    [TestMethod]
    public void A_holder_that_lets_go_leaves_no_note()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        FileLock.Take(file, TimeSpan.Zero, holder: "run-1").Dispose();

        using var next = FileLock.Take(file, TimeSpan.Zero, holder: "run-2");

        Assert.IsNull(next.Abandoned);
    }

    [TestMethod]
    public void A_note_found_in_the_lock_names_the_holder_that_was_killed_holding_it()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        // What a killed holder leaves: its note, the lock itself released by the system.
        File.WriteAllText(FileLock.LockFileOf(file), "killed-run");

        using (var next = FileLock.Take(file, TimeSpan.Zero, holder: "run-2"))
        {
            Assert.AreEqual("killed-run", next.Abandoned);
        }

        using var after = FileLock.Take(file, TimeSpan.Zero);
        Assert.IsNull(after.Abandoned);
    }
}
