using System.Globalization;
using System.Text;

namespace MemoryBench.Processes;

/// <summary>
/// Finds processes by a variable in the environment they were started with. Linux shows every process's environment
/// in <c>/proc/&lt;pid&gt;/environ</c> (to its owner); other systems do not, and no process is found there.
/// </summary>
internal static class TaggedProcesses
{
    /// <returns>The ids of the processes (this one left out); null where environments cannot be read.</returns>
    public static IReadOnlyList<int>? Find(string variable, string value)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var entry = Encoding.UTF8.GetBytes($"{variable}={value}");
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && id != Environment.ProcessId && HasEntry(Path.Join(folder, "environ"), entry))
            {
                found.Add(id);
            }
        }

        return found;
    }

    // The environment is its entries one after another, each ended by a NUL byte.
    private static bool HasEntry(string environ, byte[] entry)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(environ);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Another user's process, or one that has just ended.
            return false;
        }

        var rest = bytes.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)0);
            var current = end < 0 ? rest : rest[..end];
            if (current.SequenceEqual(entry))
            {
                return true;
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return false;
    }
}
