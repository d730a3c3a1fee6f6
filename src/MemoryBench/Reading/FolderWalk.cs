namespace MemoryBench.Reading;

/// <summary>
/// The files under a folder, searched recursively, each folder entered once: a link to a folder is followed unless it
/// leads to a folder already searched, so links that loop (<c>x -> .</c>, <c>loop -> ..</c>) end the search instead of
/// making it endless, and a folder reached twice is not read twice.
/// </summary>
internal static class FolderWalk
{
    /// <param name="folder">Where to start.</param>
    /// <param name="pattern">The file names to find, as <see cref="Directory.EnumerateFiles(string, string)"/> takes them.</param>
    /// <param name="options">How each folder is read (casing, hidden entries, inaccessible folders); its recursion is ignored.</param>
    public static IEnumerable<string> Files(string folder, string pattern, EnumerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var oneFolder = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = options.IgnoreInaccessible,
            MatchCasing = options.MatchCasing,
            AttributesToSkip = options.AttributesToSkip,
        };
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            if (!entered.Add(ResolvedPath.Of(current)))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(current, pattern, oneFolder))
            {
                yield return file;
            }

            foreach (var subfolder in Directory.EnumerateDirectories(current, "*", oneFolder).Order(StringComparer.Ordinal).Reverse())
            {
                pending.Push(subfolder);
            }
        }
    }
}
