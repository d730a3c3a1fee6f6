using MemoryBench.Reading;

namespace MemoryBench.Gate;

/// <summary>
/// The GitHub Actions job summary, an optional output: the file <c>GITHUB_STEP_SUMMARY</c> names, appended to. Whatever
/// stands in the way (a folder, a device such as <c>/dev/full</c>, a named pipe that nobody reads, which would wait
/// for ever, a folder that does not exist, a full disk, an input of the command) is one warning line, never a failure of
/// the command, a hang, or a write onto an input.
/// </summary>
/// <param name="path">The file; null or empty when there is no job summary.</param>
/// <param name="warnings">Where a summary that cannot be written is reported.</param>
internal sealed class JobSummary(string? path, TextWriter warnings)
{
    /// <summary>The environment variable GitHub Actions sets to the job summary's file.</summary>
    public const string Variable = "GITHUB_STEP_SUMMARY";

    /// <param name="markdown">What to append.</param>
    /// <param name="inputs">The files the command read, and folders nothing may be written into: never written.</param>
    public void Append(string markdown, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(inputs);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (Obstacle(path, inputs) is { } obstacle)
        {
            warnings.WriteLine($"warning: the job summary ({Variable}={path}) is not written: {obstacle}");
            return;
        }

        try
        {
            File.AppendAllText(path, markdown.EndsWith('\n') ? markdown : markdown + "\n");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            warnings.WriteLine($"warning: the job summary ({Variable}={path}) is not written: {error.Message}");
        }
    }

    private static string? Obstacle(string path, IEnumerable<string> inputs)
    {
        string target;
        try
        {
            target = ResolvedPath.Of(path);
        }
        catch (InputException error)
        {
            return error.Problem;
        }

        var folder = Path.GetDirectoryName(target);
        return Directory.Exists(target) ? "it is a folder"
            : FileKind.IsSpecial(target) ? "it is not a regular file (a device, a pipe or a socket)"
            : folder is null || !Directory.Exists(folder) ? "its folder does not exist"
            : inputs.Any(input => Contains(input, target)) ? "it is an input of this command, or in the run folder"
            : null;
    }

    private static bool Contains(string input, string target)
    {
        var resolved = ResolvedPath.Of(input);
        return resolved == target || (Directory.Exists(resolved) && target.StartsWith(resolved.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
