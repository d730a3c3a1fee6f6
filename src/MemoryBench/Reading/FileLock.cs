using System.Security.Cryptography;
using System.Text;

namespace MemoryBench.Reading;

/// <summary>
/// An exclusive lock on a file's use across processes: without one, two <c>baseline --merge</c> runs read the same
/// baseline and the second rename drops the first's entries, and two gates of one project build and run in the same
/// generated folder. The lock file lives in the temporary folder, named after the file's full path (every link
/// followed), so nothing is left beside the user's files; it is never removed, since removing it would let a third
/// process lock a new file while a second still holds the removed one. A holder may leave a note in it (a run's id),
/// cleared when it lets go: a note found on taking the lock is from a holder that was killed.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private FileLock(FileStream stream, string? abandoned)
    {
        this.stream = stream;
        Abandoned = abandoned;
    }

    /// <summary>The note of an earlier holder that ended without letting go (it was killed); null when there was none.</summary>
    public string? Abandoned { get; }

    /// <summary>Waits up to <paramref name="patience"/> for the lock of <paramref name="path"/>.</summary>
    /// <param name="path">The file whose use is locked.</param>
    /// <param name="patience">How long to wait for another process to let go.</param>
    /// <param name="use">What the other process is doing with the file, for the message: "written", "run".</param>
    /// <param name="waiting">Called once, when the lock is held by another process, before waiting for it.</param>
    /// <param name="holder">A note left in the lock while it is held (a run's id), for whoever takes it after a crash.</param>
    /// <exception cref="InputException">Another process held it all that time, or the lock file cannot be made.</exception>
    public static FileLock Take(string path, TimeSpan patience, string use = "written", Action<string>? waiting = null, string? holder = null)
    {
        var lockPath = LockFileOf(path);
        var stream = Open(path, lockPath, patience, use, waiting);
        try
        {
            return new FileLock(stream, SwapNote(stream, holder));
        }
        catch (IOException error)
        {
            stream.Dispose();
            throw new InputException(path, null, $"its lock file {lockPath} cannot be written: {error.Message}", error);
        }
    }

    /// <summary>The lock file of <paramref name="path"/>: one for every path that names the same file.</summary>
    /// <exception cref="InputException">The path is not valid, or its links loop.</exception>
    public static string LockFileOf(string path)
    {
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ResolvedPath.Of(path))))[..32];
        return Path.Combine(Path.GetTempPath(), $"memorybench-{name}.lock");
    }

    public void Dispose()
    {
        try
        {
            stream.SetLength(0);
        }
        catch (IOException)
        {
            // The lock is let go of either way; a note left behind only makes the next holder look for leftovers.
        }

        stream.Dispose();
    }

    private static FileStream Open(string path, string lockPath, TimeSpan patience, string use, Action<string>? waiting)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on every platform (flock on Unix), released when the process ends.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException error) when (File.Exists(lockPath))
            {
                if (waited >= patience)
                {
                    throw new InputException(
                        path, null, $"is being {use} by another process, which held {lockPath} for {patience.TotalSeconds:0} s; try again", error);
                }

                if (waited == TimeSpan.Zero)
                {
                    waiting?.Invoke(lockPath);
                }

                Thread.Sleep(Pause);
                waited += Pause;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new InputException(path, null, $"cannot be written: its lock file {lockPath} cannot be made: {error.Message}", error);
            }
        }
    }

    private static string? SwapNote(FileStream stream, string? holder)
    {
        var earlier = new StreamReader(stream, Encoding.UTF8, leaveOpen: true).ReadToEnd();
        stream.SetLength(0);
        if (holder is not null)
        {
            stream.Write(Encoding.UTF8.GetBytes(holder));
            stream.Flush(flushToDisk: true);
        }

        return earlier.Length > 0 ? earlier : null;
    }
}
