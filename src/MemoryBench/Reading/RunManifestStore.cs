using System.Text.Json;
using MemoryBench.Model;
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
            Selection = new RunSelectionDocument
            {
                Filters = [.. manifest.Selection.Filters.IsDefault ? [] : manifest.Selection.Filters],
                ShardIndex = manifest.Selection.ShardIndex,
                ShardCount = manifest.Selection.ShardCount,
            },
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
        return new RunManifest(gcMode, [.. benchmarks.Select((entry, index) => FromDocument(path, entry, index))])
        {
            Selection = document.Selection is { } selection ? FromDocument(path, selection) : RunSelection.Everything,
        };
    }

    private static RunSelection FromDocument(string path, RunSelectionDocument selection)
    {
        var filters = selection.Filters ?? throw new InputException(path, "$.selection.filters", "expected an array of the run's selection arguments");
        var nullAt = filters.IndexOf(null);
        if (nullAt >= 0)
        {
            throw new InputException(path, $"$.selection.filters[{nullAt}]", "expected a string, found null");
        }

        if (selection is not { ShardIndex: { } index, ShardCount: { } count } || count < 1 || index < 1 || index > count)
        {
            throw new InputException(path, "$.selection", "expected \"shardIndex\" and \"shardCount\" with 1 <= shardIndex <= shardCount");
        }

        return new RunSelection([.. filters.OfType<string>()], index, count);
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

    private static RunManifestEntry FromDocument(string path, RunManifestEntryDocument? entry, int index)
    {
        var where = $"$.benchmarks[{index}]";
        if (entry is null)
        {
            throw new InputException(path, where, "expected a benchmark entry (an object with \"fullName\" and \"job\"), found null");
        }

        if (entry.Categories?.IndexOf(null) is >= 0 and var nullCategory)
        {
            throw new InputException(path, $"{where}.categories[{nullCategory}]", "expected a category name, found null");
        }

        if (entry.Budget?.MaxBytesPerOperation is < 0)
        {
            throw new InputException(path, $"{where}.budget.maxBytesPerOperation", "expected a number of bytes of zero or more (leave it out for no limit)");
        }

        return new RunManifestEntry(
            entry.FullName ?? throw new InputException(path, where, "expected \"fullName\", BenchmarkDotNet's full name of the benchmark"),
            entry.Job ?? throw new InputException(path, where, "expected \"job\", the job's id"),
            entry.Categories is null ? [] : [.. entry.Categories.OfType<string>()],
            entry.IsBaseline,
            entry.Budget is { } budget
                ? new RunManifestBudget(budget.MaxBytesPerOperation, budget.NoGen2, budget.RetainsNothing)
                : null);
    }
}
