using System.Text.Json;
using MemoryBench.Reading.Manifest;

namespace MemoryBench.Reading;

/// <summary>Reads and writes the run manifest (<see cref="FileName"/>).</summary>
public static class RunManifestStore
{
    public const string FileName = "memorybench-run.json";

    public const int SchemaVersion = 1;

    private const string WhatTheFileIs = "a MemoryBench run manifest (\"schemaVersion\": 1)";

    /// <summary>Writes the manifest atomically, pretty-printed, entries in the order given.</summary>
    /// <exception cref="InputException">The file cannot be written.</exception>
    public static void Write(string path, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var document = new RunManifestDocument
        {
            SchemaVersion = SchemaVersion,
            GcMode = manifest.GcMode,
            Benchmarks = [.. manifest.Benchmarks.Select(ToDocument)],
        };
        AtomicFile.Write(path, stream =>
        {
            JsonSerializer.Serialize(stream, document, RunManifestJsonContext.Default.RunManifestDocument);
            stream.Write("\n"u8);
        });
    }

    /// <exception cref="InputException">The file is missing, unreadable, not JSON, or not a run manifest.</exception>
    public static RunManifest Read(string path)
    {
        var document = JsonFile.Read(path, RunManifestJsonContext.Default.RunManifestDocument, WhatTheFileIs);
        if (document.SchemaVersion is not { } version)
        {
            throw new InputException(path, "$", $"expected {WhatTheFileIs}; \"schemaVersion\" is missing");
        }

        if (version != SchemaVersion)
        {
            throw new InputException(path, "$.schemaVersion", $"schemaVersion {version} is not supported; expected {SchemaVersion}");
        }

        var gcMode = document.GcMode ?? throw new InputException(path, "$.gcMode", "expected the GC mode as a string");
        var benchmarks = document.Benchmarks ?? throw new InputException(path, "$.benchmarks", "expected an array of benchmarks");
        return new RunManifest(gcMode, [.. benchmarks.Select((entry, index) => FromDocument(path, entry, index))]);
    }

    private static RunManifestEntryDocument ToDocument(RunManifestEntry entry) => new()
    {
        FullName = entry.FullName,
        Job = entry.Job,
        Categories = [.. entry.Categories.IsDefault ? [] : entry.Categories],
        IsBaseline = entry.IsBaseline,
        Budget = entry.Budget is { } budget
            ? new RunManifestBudgetDocument
            {
                MaxBytesPerOperation = budget.MaxBytesPerOperation,
                NoGen2 = budget.NoGen2,
                RetainsNothing = budget.RetainsNothing,
            }
            : null,
    };

    private static RunManifestEntry FromDocument(string path, RunManifestEntryDocument entry, int index)
    {
        var where = $"$.benchmarks[{index}]";
        return new RunManifestEntry(
            entry.FullName ?? throw new InputException(path, where, "expected \"fullName\", BenchmarkDotNet's full name of the benchmark"),
            entry.Job ?? throw new InputException(path, where, "expected \"job\", the job's id"),
            entry.Categories is null ? [] : [.. entry.Categories],
            entry.IsBaseline,
            entry.Budget is { } budget
                ? new RunManifestBudget(budget.MaxBytesPerOperation, budget.NoGen2, budget.RetainsNothing)
                : null);
    }
}
