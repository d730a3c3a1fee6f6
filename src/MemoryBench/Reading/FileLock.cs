using System.Security.Cryptography;
using System.Text;

namespace MemoryBench.Reading;

/// <summary>
/// An exclusive lock for a read-modify-write of a file: without one, two <c>baseline --merge</c> runs read the same
/// baseline and the second rename drops the first's entries. The lock file lives in the temporary folder, named after
/// the file's full path, so nothing is left beside the user's files; it is never removed, since removing it would let
/// a third process lock a new file while a second still holds the removed one.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    /// <summary>Waits up to <paramref name="patience"/> for the lock of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Another process held it all that time, or the lock file cannot be made.</exception>
    public static FileLock Take(string path, TimeSpan patience)
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
                        path, null, $"is being written by another process, which held {lockPath} for {patience.TotalSeconds:0} s; try again", error);
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
