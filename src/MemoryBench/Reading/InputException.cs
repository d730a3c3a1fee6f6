namespace MemoryBench.Reading;

/// <summary>
/// An input the tool cannot use: which file, where in it, and what was expected, as one line, so a
/// command can print it and exit with code 2 without a stack trace.
/// </summary>
public sealed class InputException : Exception
{
    internal InputException(string filePath, string? location, string problem, Exception? innerException = null)
        : base(Format(filePath, location, problem), innerException)
    {
        FilePath = filePath;
        Location = location;
        Problem = problem;
    }

    /// <summary>The file or folder at fault, as the user gave it or as it was found.</summary>
    public string FilePath { get; }

    /// <summary>Where in the file: a JSON path, a line and byte position; null when the whole file is at fault.</summary>
    public string? Location { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Problem { get; }

    private static string Format(string filePath, string? location, string problem)
    {
        var where = location is null ? filePath : $"{filePath} ({location})";
        return OneLine($"{where}: {problem}");
    }

    // Paths and values come from the input; a line break in them must not split the message.
    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ");
}
