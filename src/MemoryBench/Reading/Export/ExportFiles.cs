namespace MemoryBench.Reading.Export;

/// <summary>Finds BenchmarkDotNet full JSON exports: a file as given, or every export in a folder and below.</summary>
internal static class ExportFiles
{
    private const string FullSuffix = "-report-full.json";
    private const string CompressedSuffix = "-report-full-compressed.json";

    private static readonly EnumerationOptions Everywhere = new()
    {
        RecurseSubdirectories = true,
        // A folder that cannot be read may hold results: an error, not a silent gap in the run.
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The exports to read, sorted. A folder holding both exports of one report (full and
    /// full-compressed: the same data) yields the compressed one only, the smaller of the two.
    /// </summary>
    /// <exception cref="InputException">The path does not exist, or the folder holds no export.</exception>
    public static IReadOnlyList<string> Find(string fileOrFolder)
    {
        if (File.Exists(fileOrFolder))
        {
            return [fileOrFolder];
        }

        if (!Directory.Exists(fileOrFolder))
        {
            throw new InputException(fileOrFolder, null, "no such file or folder; expected a BenchmarkDotNet full JSON export or a folder of them");
        }

        string[] found;
        try
        {
            found = Directory.GetFiles(fileOrFolder, "*-report-full*.json", Everywhere);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw JsonFile.Unreadable(fileOrFolder, error);
        }

        var exports = found
            .Where(file => IsCompressed(file) || (IsFull(file) && !File.Exists(CompressedTwin(file))))
            .Order(StringComparer.Ordinal)
            .ToList();
        return exports.Count > 0
            ? exports
            : throw new InputException(
                fileOrFolder, null, $"no BenchmarkDotNet full JSON export (*{FullSuffix} or *{CompressedSuffix}) in this folder or below; BenchmarkDotNet writes one when run with --exporters json");
    }

    private static bool IsFull(string file) => file.EndsWith(FullSuffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsCompressed(string file) => file.EndsWith(CompressedSuffix, StringComparison.OrdinalIgnoreCase);

    private static string CompressedTwin(string fullExport) => fullExport[..^FullSuffix.Length] + CompressedSuffix;
}
