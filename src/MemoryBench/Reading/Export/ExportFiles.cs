using System.Text.Json;

namespace MemoryBench.Reading.Export;

/// <summary>Finds BenchmarkDotNet full JSON exports: a file as given, or every export in a folder and below.</summary>
internal static class ExportFiles
{
    private const string FullSuffix = "-report-full.json";
    private const string CompressedSuffix = "-report-full-compressed.json";

    private static readonly EnumerationOptions Everywhere = new()
    {
        // A folder that cannot be read may hold results: an error, not a silent gap in the run.
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The exports to read, sorted. A folder holding both exports of one report (full and full-compressed, which one
    /// run writes with the same data) yields the compressed one only, the smaller of the two, once their data is seen
    /// to be the same: otherwise one of them is not of this run, and reading either would hide the other's figures.
    /// </summary>
    /// <exception cref="InputException">The path does not exist, the folder holds no export, or two exports of one report differ.</exception>
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
            found = [.. FolderWalk.Files(fileOrFolder, "*-report-full*.json", Everywhere)];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw JsonFile.Unreadable(fileOrFolder, error);
        }

        var twins = found.Where(file => IsFull(file) && File.Exists(CompressedTwin(file))).ToList();
        foreach (var full in twins)
        {
            RequireSameData(full, CompressedTwin(full));
        }

        var exports = found
            .Where(file => IsCompressed(file) || (IsFull(file) && !twins.Contains(file)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return exports.Count > 0
            ? exports
            : throw new InputException(
                fileOrFolder, null, $"no BenchmarkDotNet full JSON export (*{FullSuffix} or *{CompressedSuffix}) in this folder or below; BenchmarkDotNet writes one when run with --exporters json");
    }

    private static void RequireSameData(string full, string compressed)
    {
        const string Export = "a BenchmarkDotNet full JSON export";
        using var fullDocument = Parse(full, InputFile.ReadUtf8(full, Export));
        using var compressedDocument = Parse(compressed, InputFile.ReadUtf8(compressed, Export));
        if (!JsonElement.DeepEquals(fullDocument.RootElement, compressedDocument.RootElement))
        {
            throw new InputException(
                full,
                null,
                $"is an export of the same benchmarks as {Path.GetFileName(compressed)} beside it, with other data; one run writes both " +
                "with the same data, so one of them is from another run: remove it, or name the export to read");
        }
    }

    // The reader reports what is wrong inside a file; here it is enough that the file is not the same JSON.
    private static JsonDocument Parse(string path, ReadOnlyMemory<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new InputException(path, null, $"expected a BenchmarkDotNet full JSON export ({error.Message})", error);
        }
    }

    private static bool IsFull(string file) => file.EndsWith(FullSuffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsCompressed(string file) => file.EndsWith(CompressedSuffix, StringComparison.OrdinalIgnoreCase);

    private static string CompressedTwin(string fullExport) => fullExport[..^FullSuffix.Length] + CompressedSuffix;
}
