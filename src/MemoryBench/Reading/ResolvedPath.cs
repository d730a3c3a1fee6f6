namespace MemoryBench.Reading;

/// <summary>The file a path finally names: absolute, with symbolic links followed (also to a file that does not exist yet).</summary>
internal static class ResolvedPath
{
    /// <exception cref="InputException">The path is not valid, or its links loop.</exception>
    public static string Of(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var file = new FileInfo(full);
            return file.LinkTarget is null ? full : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
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
}
