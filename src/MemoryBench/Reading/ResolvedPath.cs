namespace MemoryBench.Reading;

/// <summary>
/// The file a path finally names, as the operating system will find it: absolute, with the symbolic links of every
/// component followed (a link to a folder in the middle of the path too), also for a path whose last components do not
/// exist yet. Two paths name one file exactly when they resolve to the same text, which the input/output check, the
/// locks and the merges rely on.
/// </summary>
internal static class ResolvedPath
{
    // Linux's own limit (MAXSYMLINKS) before it reports a loop.
    private const int MaxLinks = 40;

    /// <exception cref="InputException">The path is not valid, or its links loop.</exception>
    public static string Of(string path)
    {
        try
        {
            return Resolve(path);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            throw new InputException(path, null, $"is not a valid file path: {error.Message}", error);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot be resolved: {error.Message}", error);
        }
    }

    private static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // Not Path.GetFullPath: it folds "link/.." to the folder holding the link, where the system goes to the
        // parent of the link's target. ".." is folded here after the links before it are followed.
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Enumerable.Reverse(Components(absolute[root.Length..])));
        var resolved = Path.GetFullPath(root);
        var links = 0;
        while (pending.TryPop(out var component))
        {
            if (component == ".")
            {
                continue;
            }

            if (component == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Join(resolved, component);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"more than {MaxLinks} symbolic links are followed (a loop of links?)");
            }

            // The target takes the link's place: from the root when absolute, else from the link's own folder.
            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target)!;
                resolved = Path.GetFullPath(targetRoot);
                target = target[targetRoot.Length..];
            }

            foreach (var part in Enumerable.Reverse(Components(target)))
            {
                pending.Push(part);
            }
        }

        return resolved;
    }

    private static string[] Components(string relative) =>
        relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
