namespace MemoryBench.Reading;

/// <summary>
/// Writes a file so that readers see either the previous content or the new one, never half of it:
/// a temporary file in the same folder (same volume, so the rename is atomic), flushed to disk, then
/// renamed over the target. The temporary file is removed when anything fails. A symbolic link is written through;
/// a folder, a device or a pipe is refused, never replaced.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        // A link is written through: the file it names gets the content, the link stays a link.
        var target = ResolvedPath.Of(path);
        if (Directory.Exists(target))
        {
            throw new InputException(path, null, "cannot be written: it is a folder; expected a file path");
        }

        // Renaming over a device or a pipe would replace it with a regular file (as root, /dev/null too).
        if (FileKind.IsSpecial(target))
        {
            throw new InputException(path, null, "cannot be written: it is not a regular file (a device, a pipe or a socket), and is never replaced");
        }

        var folder = Path.GetDirectoryName(target) ?? throw new InputException(path, null, "is a root folder, not a file path");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception error)
        {
            DeleteIfPresent(temporary);
            if (error is IOException or UnauthorizedAccessException)
            {
                throw new InputException(path, null, $"cannot be written: {error.Message}", error);
            }

            throw;
        }
    }

    private static void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The error that stopped the write is the one to report; a leftover is visibly a temporary file.
        }
    }
}
