namespace MemoryBench.Budgets;

/// <summary>
/// A budgets file that cannot be used: the message names the file, where in it, and what was expected,
/// in one line for a person (the command line turns it into exit code 2, without a stack trace).
/// </summary>
public sealed class BudgetFileException : Exception
{
    public BudgetFileException(string filePath, string location, string expected, Exception? innerException = null)
        : base($"{filePath}: {location}: expected {expected}", innerException)
    {
        FilePath = filePath;
        Location = location;
        Expected = expected;
    }

    /// <summary>The budgets file.</summary>
    public string FilePath { get; }

    /// <summary>Where in the file ("budgets[2].maxBytesPerOperation, line 9"), or "file" for the file as a whole.</summary>
    public string Location { get; }

    /// <summary>What the file should have had there.</summary>
    public string Expected { get; }
}
