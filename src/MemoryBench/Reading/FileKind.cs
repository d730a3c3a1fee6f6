using System.Runtime.InteropServices;

namespace MemoryBench.Reading;

/// <summary>
/// Whether a path is a regular file, a folder, or something else (a device such as <c>/dev/null</c>, a named pipe,
/// a socket). .NET's file APIs do not say; on Unix the runtime's own native library does: its <c>stat</c> wrapper,
/// whose result starts with two 32-bit fields, flags and the mode with the file type bits.
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Folder = 0x4000;

    /// <summary>True when the path (links followed) exists and is neither a regular file nor a folder.</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Devices are not files in folders there.
            return false;
        }

        if (Stat(path, out var status) != 0)
        {
            return false;
        }

        var type = status.Mode & TypeMask;
        return type is not RegularFile and not Folder;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Stat(string path, out FileStatusHead status);

    /// <summary>The start of the runtime's FileStatus; the size leaves room for every field after Mode.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatusHead
    {
        public int Flags;
        public int Mode;
    }
}
