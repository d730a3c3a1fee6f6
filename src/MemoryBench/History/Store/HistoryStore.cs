using System.Collections.Concurrent;
using System.Text.Json;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Reading.Baseline;

namespace MemoryBench.History.Store;

/// <summary>
/// The history: a folder with <c>history.json</c> (what the folder is) and one small file per run under <c>runs/</c>,
/// so a run added is one new file in a commit of the branch the history lives on, and a run replaced is one changed file.
/// </summary>
internal static class HistoryStore
{
    /// <summary>The version of the store's layout and of its run files.</summary>
    public const int SchemaVersion = 1;

    public const string MarkerFile = "history.json";

    private static readonly string[] CountNames = ["allocated", "gen0", "gen1", "gen2", "operations"];

    private const string WhatARunIs = "a run of a MemoryBench history (\"schemaVersion\": 1)";
    private const string WhatTheMarkerIs = "a MemoryBench history's history.json (\"schemaVersion\": 1)";

    /// <summary>
    /// Adds a run under a lock, so two runs added at once both land; a run of a commit already in the history replaces
    /// it. The run's file is written whole (temporary file, then rename) before the replaced one is removed.
    /// </summary>
    /// <returns>Whether a run was replaced, and how many runs the history holds now.</returns>
    /// <exception cref="InputException">The folder is not a history, or a file cannot be written.</exception>
    public static (bool Replaced, int Runs) Add(string folder, HistoryRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var held = FileLock.Take(folder, TimeSpan.FromMinutes(1));
        PrepareFolder(folder);
        var runs = Path.Combine(folder, HistoryRunFile.Folder);
        Directory.CreateDirectory(runs);
        var name = HistoryRunFile.Name(run.Commit, run.Time);
        var earlier = run.Commit is { } commit
            ? RunFiles(runs).Where(file => HistoryRunFile.IsOf(Path.GetFileName(file), commit)).ToList()
            : [];
        var path = Path.Combine(runs, name);
        var replaced = earlier.Count > 0 || File.Exists(path);
        AtomicFile.Write(path, stream =>
        {
            JsonSerializer.Serialize(stream, ToDocument(run), HistoryJsonContext.Default.HistoryRunDocument);
            stream.Write("\n"u8);
        });
        foreach (var file in earlier.Where(file => Path.GetFileName(file) != name))
        {
            File.Delete(file);
        }

        return (replaced, RunFiles(runs).Count());
    }

    /// <summary>Every run, oldest first.</summary>
    /// <exception cref="InputException">The folder is not a history, or a run's file is not one.</exception>
    public static RunHistory Read(string folder) => ReadFiles(RunFilesOf(folder));

    /// <summary>The last <paramref name="count"/> runs, oldest first, reading only their files.</summary>
    /// <exception cref="InputException">The folder is not a history, or one of those files is not a run.</exception>
    public static RunHistory ReadLast(string folder, int count) => ReadFiles([.. RunFilesOf(folder).TakeLast(count)]);

    private static RunHistory ReadFiles(List<string> files)
    {
        // Files are independent: read on every core (a thousand runs of a thousand benchmarks are ~200 MB of JSON).
        var runs = new HistoryRun[files.Count];
        var errors = new ConcurrentBag<(int Index, InputException Error)>();
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                runs[i] = ReadRun(files[i]);
            }
            catch (InputException error)
            {
                errors.Add((i, error));
            }
        });
        if (!errors.IsEmpty)
        {
            throw errors.MinBy(error => error.Index).Error;
        }

        return RunHistory.Of(runs);
    }

    private static List<string> RunFilesOf(string folder)
    {
        if (!File.Exists(Path.Combine(folder, MarkerFile)))
        {
            throw new InputException(
                folder, null, Directory.Exists(folder)
                    ? $"is not a MemoryBench history: it has no {MarkerFile}; expected a folder made by memorybench history add"
                    : "no such folder; expected a MemoryBench history, made by memorybench history add");
        }

        ReadMarker(Path.Combine(folder, MarkerFile));
        var runs = Path.Combine(folder, HistoryRunFile.Folder);
        return Directory.Exists(runs) ? RunFiles(runs).ToList() : [];
    }

    private static IEnumerable<string> RunFiles(string runs) =>
        Directory.EnumerateFiles(runs, "*.json")
            .Where(file => HistoryRunFile.IsRun(Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);

    /// <summary>A new history gets its marker; an existing folder must already be one, so nothing is written into a folder of other files.</summary>
    private static void PrepareFolder(string folder)
    {
        var marker = Path.Combine(folder, MarkerFile);
        if (File.Exists(marker))
        {
            ReadMarker(marker);
            return;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new InputException(
                folder, null, $"is a folder of other files, not a MemoryBench history (it has no {MarkerFile}); give a new or empty folder for a new history");
        }

        AtomicFile.Write(marker, stream =>
        {
            JsonSerializer.Serialize(
                stream,
                new HistoryMarkerDocument(SchemaVersion, "A MemoryBench history: one file per run under runs/, added by memorybench history add."),
                HistoryJsonContext.Default.HistoryMarkerDocument);
            stream.Write("\n"u8);
        });
    }

    private static void ReadMarker(string path)
    {
        if (SchemaVersionProbe.Of(path) is { } probed and not SchemaVersion)
        {
            throw UnsupportedVersion(path, probed);
        }

        var marker = JsonFile.Read(path, HistoryJsonContext.Default.HistoryMarkerDocument, WhatTheMarkerIs);
        if (marker.SchemaVersion != SchemaVersion)
        {
            throw UnsupportedVersion(path, marker.SchemaVersion);
        }
    }

    private static HistoryRun ReadRun(string path)
    {
        if (SchemaVersionProbe.Of(path) is { } probed and not SchemaVersion)
        {
            throw UnsupportedVersion(path, probed);
        }

        var document = JsonFile.Read(path, HistoryJsonContext.Default.HistoryRunDocument, WhatARunIs);
        if (document.SchemaVersion != SchemaVersion)
        {
            throw UnsupportedVersion(path, document.SchemaVersion);
        }

        var commit = document.Commit is { } given
            ? HistoryRunFile.Commit(given) ?? throw new InputException(path, "$.commit", $"expected a commit of 4 to 64 hexadecimal digits, got \"{given}\"")
            : null;
        var benchmarks = new Dictionary<BenchmarkId, HistoryFigures>(document.Benchmarks.Count);
        foreach (var (id, figures) in document.Benchmarks)
        {
            benchmarks.Add(new BenchmarkId(id), FromDocument(path, $"$.benchmarks['{id}']", figures));
        }

        return new HistoryRun(
            commit,
            document.Time.ToUniversalTime(),
            EnvironmentDocuments.FromDocument(path, document.Environment, () => null),
            benchmarks);
    }

    private static HistoryFigures FromDocument(string path, string where, HistoryFiguresDocument? figures)
    {
        if (figures is null)
        {
            throw new InputException(path, where, "expected the benchmark's figures, found null");
        }

        MemoryMetrics? memory = null;
        long?[] counts = [figures.Allocated, figures.Gen0, figures.Gen1, figures.Gen2, figures.Operations];
        if (counts.Any(count => count is not null))
        {
            if (counts.Any(count => count is null))
            {
                throw new InputException(path, where, "expected \"allocated\", \"gen0\", \"gen1\", \"gen2\" and \"operations\" together, or none of them");
            }

            foreach (var (name, count) in CountNames.Zip(counts))
            {
                FigureBounds.Count(path, $"{where}.{name}", count!.Value);
            }

            memory = new MemoryMetrics(figures.Allocated!.Value, figures.Gen0!.Value, figures.Gen1!.Value, figures.Gen2!.Value, figures.Operations!.Value);
        }

        RetainedMemory? retained = null;
        if (figures.Retained is not null || figures.RetainedError is not null)
        {
            if (figures.Retained is not { } bytes || figures.RetainedError is not { } error)
            {
                throw new InputException(path, where, "expected \"retained\" and \"retainedError\" together, or neither");
            }

            FigureBounds.Measured(path, $"{where}.retained", bytes, mayBeNegative: true);
            FigureBounds.Measured(path, $"{where}.retainedError", error);
            retained = new RetainedMemory(bytes, error);
        }

        return memory is null && retained is null
            ? throw new InputException(path, where, "expected at least one figure; a benchmark without figures is left out of a run")
            : new HistoryFigures(memory, retained);
    }

    private static HistoryRunDocument ToDocument(HistoryRun run)
    {
        var benchmarks = new SortedDictionary<string, HistoryFiguresDocument?>(StringComparer.Ordinal);
        foreach (var (id, figures) in run.Benchmarks)
        {
            var memory = figures.Memory;
            benchmarks.Add(id.Value, new HistoryFiguresDocument(
                memory?.BytesAllocatedPerOperation,
                memory?.Gen0Collections,
                memory?.Gen1Collections,
                memory?.Gen2Collections,
                memory?.TotalOperations,
                figures.Retained is { } retained ? BaselineFigures.Round(retained.BytesPerOperation) : null,
                figures.Retained is { } uncertain ? BaselineFigures.Round(uncertain.StandardErrorBytes) : null));
        }

        return new HistoryRunDocument(SchemaVersion, run.Commit, run.Time, EnvironmentDocuments.ToDocument(run.Environment), benchmarks);
    }

    private static InputException UnsupportedVersion(string path, int version) =>
        new(path, "$.schemaVersion", $"schemaVersion {version} is not supported; expected {SchemaVersion}");
}
