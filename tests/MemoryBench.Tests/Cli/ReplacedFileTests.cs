using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli;

/// <summary>
/// A file written over keeps what its owner chose (read-only stays unwritten, permissions stay), and a temporary file a
/// killed process left beside it does not stay for ever.
/// </summary>
[TestClass]
public sealed class ReplacedFileTests
{
    private static string Baseline(TemporaryFolder folder)
    {
        var file = folder.File("baseline.json");
        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "for-baseline"), "--out", file).ExitCode);
        return file;
    }

    private static void MakeReadOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(file, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static bool IsReadOnly(string file) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(file).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(file).HasFlag(UnixFileMode.UserWrite);

    [TestMethod]
    public void A_read_only_baseline_is_not_replaced()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        var before = File.ReadAllText(baseline);
        MakeReadOnly(baseline);

        var outcome = CommandOutcome.Run("baseline", "--from", Runs.WithExtraAllocation(folder, 24), "--out", baseline);

        outcome.AssertBadInput(baseline, "is read-only");
        Assert.AreEqual(before, File.ReadAllText(baseline));
        Assert.IsTrue(IsReadOnly(baseline));
    }

    [TestMethod]
    public void A_replaced_baseline_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix permissions.");
            return;
        }

        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        const UnixFileMode OwnerAndGroup = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(baseline, OwnerAndGroup);

        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.WithExtraAllocation(folder, 24), "--out", baseline).ExitCode);

        Assert.AreEqual(OwnerAndGroup, File.GetUnixFileMode(baseline));
    }

    [TestMethod]
    public void A_temporary_file_a_killed_process_left_beside_the_baseline_is_removed_by_the_next_write()
    {
        using var folder = new TemporaryFolder();
        var baseline = Baseline(folder);
        // No process has this id on Linux, macOS or Windows: the one that wrote the file has ended.
        const int Ended = int.MaxValue;
        var leftover = folder.Write($".baseline.json.{Ended}.{Guid.NewGuid():N}.tmp", "half a baseline");
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddHours(-1));
        var running = folder.Write($".baseline.json.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp", "being written");
        File.SetLastWriteTimeUtc(running, DateTime.UtcNow.AddHours(-1));
        var fresh = folder.Write($".baseline.json.{Ended}.{Guid.NewGuid():N}.tmp", "maybe another machine's");
        var someoneElses = folder.Write(".baseline.json.notes.tmp", "not MemoryBench's name");
        File.SetLastWriteTimeUtc(someoneElses, DateTime.UtcNow.AddHours(-1));

        Assert.AreEqual(0, CommandOutcome.Run("baseline", "--from", Runs.Clean(folder, "again"), "--out", baseline).ExitCode);

        Assert.IsFalse(File.Exists(leftover));
        Assert.IsTrue(File.Exists(running) && File.Exists(fresh) && File.Exists(someoneElses));
    }
}
