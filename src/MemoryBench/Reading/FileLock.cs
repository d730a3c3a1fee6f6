using System.Security.Cryptography;
using System.Text;

namespace MemoryBench.Reading;

/// <summary>
/// An exclusive lock on a file's use across processes: without one, two <c>baseline --merge</c> runs read the same
/// baseline and the second rename drops the first's entries, and two gates of one project build and run in the same
/// generated folder. The lock file lives in the temporary folder, named after the file's full path, so nothing is left
/// beside the user's files; it is never removed, since removing it would let a third process lock a new file while a
/// second still holds the removed one.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    /// <summary>Waits up to <paramref name="patience"/> for the lock of <paramref name="path"/>.</summary>
    /// <param name="path">The file whose use is locked.</param>
    /// <param name="patience">How long to wait for another process to let go.</param>
    /// <param name="use">What the other process is doing with the file, for the message: "written", "run".</param>
    /// <param name="waiting">Called once, when the lock is held by another process, before waiting for it.</param>
    /// <exception cref="InputException">Another process held it all that time, or the lock file cannot be made.</exception>
    public static FileLock Take(string path, TimeSpan patience, string use = "written", Action<string>? waiting = null)
    {
        var target = ResolvedPath.Of(path);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(target)))[..32];
        var lockPath = Path.Combine(Path.GetTempPath(), $"memorybench-{name}.lock");
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock on every platform (flock on Unix), released when the process ends.
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
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

    public void Dispose() => stream.Dispose();
}
