using System.Diagnostics;
using System.Globalization;

namespace MemoryBench.Reading;

/// <summary>
/// Writes a file so that readers see either the previous content or the new one, never half of it:
/// a temporary file in the same folder (same volume, so the rename is atomic), flushed to disk, then
/// renamed over the target. The temporary file is removed when anything fails, and one that a killed process left
/// (its name says which process made it) is removed by the next write. A symbolic link is written through;
/// a folder, a device or a pipe is refused, never replaced; so is a read-only file, and a file that is replaced keeps
/// its permissions.
/// </summary>
internal static class AtomicFile
{
    // A write takes milliseconds; a temporary file this old whose process is gone was left by a killed process.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

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
        var name = Path.GetFileName(target);
        var temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var permissions = RequireWritable(path, target);
            Directory.CreateDirectory(folder);
            RemoveAbandoned(folder, name);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (permissions is { } mode && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, mode);
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

    // Renaming over a file ignores its permissions: a file its owner made read-only is refused, as cp and the shell
    // refuse it, and a writable one keeps its permissions (not the new file's defaults). Returns them (Unix), or null.
    private static UnixFileMode? RequireWritable(string path, string target)
    {
        if (!File.Exists(target))
        {
            return null;
        }

        var readOnly = OperatingSystem.IsWindows()
            ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(target).HasFlag(UnixFileMode.UserWrite);
        if (readOnly)
        {
            throw new InputException(path, null, "is read-only and is not replaced; make it writable first if it is meant to change");
        }

        return OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(target);
    }

    // ".baseline.json.<pid>.<guid>.tmp": removed when its process has ended and it is old enough not to be a write
    // in progress on another machine sharing the folder. Never through a link.
    private static void RemoveAbandoned(string folder, string name)
    {
        var prefix = $".{name}.";
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles(prefix + "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            var parts = file.Name[prefix.Length..^".tmp".Length].Split('.');
            if (parts is [var process, { Length: 32 }] && int.TryParse(process, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && file.LinkTarget is null && DateTime.UtcNow - file.LastWriteTimeUtc > Abandoned && !IsRunning(id))
            {
                DeleteIfPresent(file.FullName);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Another user's process: it may be writing.
            return true;
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
