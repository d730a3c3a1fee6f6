using System.Globalization;

namespace MemoryBench.Reading;

/// <summary>
/// Reads an input file whole, as UTF-8 bytes, refusing what is not a regular file of bounded size: a device
/// (<c>/dev/zero</c> never ends), a named pipe (opening it waits for a writer), or a file too large to hold in memory.
/// A UTF-8 byte order mark is skipped, as editors on Windows write one; other encodings are named and refused.
/// </summary>
internal static class InputFile
{
    /// <summary>Ten times the export of a 10,000-benchmark run (119 MB).</summary>
    public const long MaxBytes = 1L << 30;

    /// <param name="path">The file.</param>
    /// <param name="whatTheFileShouldBe">"a BenchmarkDotNet full JSON export", for the messages.</param>
    /// <exception cref="InputException">The path is missing, not a regular file, too large, unreadable or not UTF-8.</exception>
    public static ReadOnlyMemory<byte> ReadUtf8(string path, string whatTheFileShouldBe)
    {
        var file = RegularFile(path, whatTheFileShouldBe);
        ReadOnlyMemory<byte> bytes;
        try
        {
            using var stream = OpenRead(file);
            // The size was taken before opening: read no more than it (plus one byte to notice a file still growing).
            // The array is handed on as it was read, not copied to its length: an export can be hundreds of megabytes.
            var buffer = GC.AllocateUninitializedArray<byte>(checked((int)file.Length + 1));
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > file.Length)
            {
                throw Grew(path);
            }

            bytes = buffer.AsMemory(0, length);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw JsonFile.Unreadable(path, error);
        }

        return WithoutByteOrderMark(path, bytes);
    }

    /// <summary>
    /// Opens the file to be read once from start to end, with the same checks as <see cref="ReadUtf8"/>: for a file too
    /// large to be worth holding whole (an export of thousands of benchmarks). A UTF-8 byte order mark is left for the
    /// reader (System.Text.Json skips it); reading more bytes than the file had when opened is an
    /// <see cref="InputException"/>.
    /// </summary>
    /// <exception cref="InputException">The path is missing, not a regular file, too large, unreadable or not UTF-8.</exception>
    public static Stream OpenUtf8(string path, string whatTheFileShouldBe)
    {
        var file = RegularFile(path, whatTheFileShouldBe);
        FileStream? stream = null;
        try
        {
            stream = OpenRead(file);
            Span<byte> start = stackalloc byte[4];
            var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            _ = WithoutByteOrderMark(path, start[..read].ToArray());
            stream.Position = 0;
            return new KnownLengthStream(stream, path, file.Length);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InputException)
        {
            stream?.Dispose();
            throw error as InputException ?? JsonFile.Unreadable(path, error);
        }
    }

    /// <summary>
    /// Opens the file again at <paramref name="offset"/>, with the checks of <see cref="OpenUtf8"/>, for a second reader of
    /// its later part; null when its length is no longer <paramref name="length"/>.
    /// </summary>
    /// <exception cref="InputException">The path is missing, not a regular file, too large or unreadable.</exception>
    public static Stream? OpenUtf8At(string path, string whatTheFileShouldBe, long offset, long length)
    {
        var file = RegularFile(path, whatTheFileShouldBe);
        if (file.Length != length)
        {
            return null;
        }

        FileStream? stream = null;
        try
        {
            stream = OpenRead(file);
            stream.Position = offset;
            return new KnownLengthStream(stream, path, length, offset);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw JsonFile.Unreadable(path, error);
        }
    }

    /// <summary>The error of a file that had more bytes than when it was opened.</summary>
    public static InputException Grew(string path) => new(path, null, "grew while it was read; expected a finished file");

    // Unbuffered: each reader reads in blocks of its own, and the file is read once from where it starts.
    private static FileStream OpenRead(FileInfo file) =>
        new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static FileInfo RegularFile(string path, string whatTheFileShouldBe)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            // A link is read through; its own size says nothing about its target's.
            if (file.LinkTarget is not null)
            {
                file = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw JsonFile.Unreadable(path, error);
        }

        if (!file.Exists)
        {
            throw Directory.Exists(path)
                ? new InputException(path, null, $"is a folder; expected {whatTheFileShouldBe}")
                : new InputException(path, null, "no such file or folder");
        }

        // Devices, pipes and sockets have no size; neither has an empty file, which is of no use either.
        if (file.Length == 0)
        {
            throw new InputException(path, null, $"is empty, or not a regular file (a device, a pipe); expected {whatTheFileShouldBe}");
        }

        if (file.Length > MaxBytes)
        {
            throw new InputException(
                path, null, $"is {file.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; at most {MaxBytes >> 30} GB is read, expected {whatTheFileShouldBe}");
        }

        return file;
    }

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(string path, ReadOnlyMemory<byte> bytes)
    {
        ReadOnlySpan<byte> utf8 = [0xEF, 0xBB, 0xBF];
        if (bytes.Span.StartsWith(utf8))
        {
            return bytes[utf8.Length..];
        }

        var encoding = bytes.Span switch
        {
            [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
            _ => null,
        };
        return encoding is null
            ? bytes
            : throw new InputException(path, null, $"is encoded in {encoding}; expected UTF-8 (save the file as UTF-8)");
    }
}
