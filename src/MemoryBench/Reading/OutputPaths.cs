namespace MemoryBench.Reading;

/// <summary>
/// Outputs never overwrite an input, nor each other: <c>compare --json baseline.json</c> would replace the baseline
/// with verdicts, <c>--markdown f --json f</c> would keep one of the two.
/// </summary>
internal static class OutputPaths
{
    /// <param name="outputs">The files a command is about to write, by their option ("--json").</param>
    /// <param name="inputs">Every file the command read.</param>
    /// <exception cref="InputException">An output is an input, or two outputs are one file.</exception>
    public static void RequireDistinct(IEnumerable<(string Option, string Path)> outputs, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(inputs);
        var read = inputs.Select(ResolvedPath.Of).ToHashSet(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (option, path) in outputs)
        {
            var resolved = ResolvedPath.Of(path);
            if (read.Contains(resolved))
            {
                throw new InputException(path, null, $"is an input of this command; {option} needs another file, or the input would be lost");
            }

            if (!written.TryAdd(resolved, option))
            {
                throw new InputException(path, null, $"is named by both {written[resolved]} and {option}; expected a file for each");
            }
        }
    }
}
