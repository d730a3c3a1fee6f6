using System.Text.Json;
using MemoryBench.Model;
using MemoryBench.Reading.Baseline;

namespace MemoryBench.Reading;

/// <summary>
/// Reads and writes MemoryBench's baseline file (<c>results/baseline.json</c>): a versioned schema,
/// benchmarks sorted by id, pretty-printed one member per line, the environment and what measured it once per file.
/// </summary>
public static class BaselineStore
{
    /// <summary>
    /// The version of the file's schema this library writes. 2 added the MemoryBench that wrote the file and the
    /// BenchmarkDotNet and MemoryBench that measured it; files of schema 1 are still read, without them.
    /// </summary>
    public const int SchemaVersion = 2;

    private const int FirstSchemaVersion = 1;

    private const string WhatTheFileIs = "a MemoryBench baseline file (\"schemaVersion\": 1 or 2)";

    // What a run that does not say what measured it is written as: BenchmarkDotNet not known, MemoryBench not known.
    private static readonly BaselineToolchainDocument UnknownToolchain = new(null, "unknown");

    /// <summary>
    /// Writes the baseline atomically: readers see the previous file or the new one, never part of it.
    /// Decimals (times, retained bytes) are stored to three significant digits; budgets are not stored.
    /// </summary>
    /// <exception cref="InputException">The file cannot be written; the previous file is left as it was.</exception>
    public static void Write(string path, RunResults baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var document = new BaselineDocument(
            SchemaVersion,
            EnvironmentDocuments.ToDocument(baseline.Environment),
            [.. baseline.Benchmarks.OrderBy(benchmark => benchmark.Id).Select(ToDocument)])
        {
            MemoryBenchVersion = Model.MemoryBenchVersion.Current,
            MeasuredWith = baseline.Toolchain is { } toolchain
                ? new BaselineToolchainDocument(toolchain.BenchmarkDotNet, toolchain.MemoryBench)
                : UnknownToolchain,
        };
        AtomicFile.Write(path, stream =>
        {
            JsonSerializer.Serialize(stream, document, BaselineJsonContext.Default.BaselineDocument);
            stream.Write("\n"u8);
        });
    }

    /// <summary>
    /// Reads the baseline (when <paramref name="readPrevious"/> and it exists), makes the new one from it and writes it,
    /// holding a lock beside the file all along, so concurrent updates follow one another and none is lost.
    /// </summary>
    /// <returns>What was written.</returns>
    /// <exception cref="InputException">The previous file cannot be read, or the new one cannot be written.</exception>
    public static RunResults Update(string path, bool readPrevious, Func<RunResults?, RunResults> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var held = FileLock.Take(path, TimeSpan.FromMinutes(1));
        var baseline = update(readPrevious && File.Exists(path) ? Read(path) : null);
        Write(path, baseline);
        return baseline;
    }

    /// <exception cref="InputException">
    /// The file is missing, unreadable, not JSON, of another schema version, or lists a benchmark twice.
    /// </exception>
    public static RunResults Read(string path)
    {
        var json = InputFile.ReadUtf8(path, WhatTheFileIs);
        // A newer schema may have members this version rejects as unknown: say which version it is first.
        if (SchemaVersionProbe.Of(json.Span) is { } probed and not (>= FirstSchemaVersion and <= SchemaVersion))
        {
            throw UnsupportedVersion(path, probed);
        }

        var document = BaselineDocumentReader.TryRead(json.Span) ?? ReadBySerializer(path, json);
        if (document.SchemaVersion is not (>= FirstSchemaVersion and <= SchemaVersion))
        {
            throw UnsupportedVersion(path, document.SchemaVersion);
        }

        RequireMembersOfItsSchema(path, document);

        var benchmarks = new Dictionary<BenchmarkId, BenchmarkResult>(document.Benchmarks.Length);
        for (var index = 0; index < document.Benchmarks.Length; index++)
        {
            var benchmark = FromDocument(Possible(path, document.Benchmarks[index], $"$.benchmarks[{index}]"));
            if (!benchmarks.TryAdd(benchmark.Id, benchmark))
            {
                throw new InputException(path, $"$.benchmarks[{index}].id", $"benchmark {benchmark.Id} is listed twice; expected each once");
            }
        }

        return new RunResults(
            EnvironmentDocuments.FromDocument(
                path, document.Environment, () => RunGen0Budget.Of(benchmarks.Values.Select(b => (b.Name.Job, (long?)null, b.Memory)))),
            [.. benchmarks.Values.OrderBy(benchmark => benchmark.Id)],
            [path])
        {
            Toolchain = document.MeasuredWith is { } measuredWith ? new Toolchain(measuredWith.BenchmarkDotNet, measuredWith.MemoryBench) : null,
        };
    }

    /// <summary>The reference reading of a baseline's bytes: what <see cref="BaselineDocumentReader"/> must read the same.</summary>
    internal static BaselineDocument ReadBySerializer(string path, ReadOnlyMemory<byte> json) =>
        JsonFile.Parse(path, json, BaselineJsonContext.Default.BaselineDocument, WhatTheFileIs);

    // Schema 2's members are required in a file of schema 2 and unknown to schema 1: a file edited by hand or merged
    // by git must not pass with them half there.
    private static void RequireMembersOfItsSchema(string path, BaselineDocument document)
    {
        if (document.SchemaVersion == FirstSchemaVersion)
        {
            var added = document.MemoryBenchVersion is not null ? "memoryBenchVersion" : document.MeasuredWith is not null ? "measuredWith" : null;
            if (added is not null)
            {
                throw new InputException(path, $"$.{added}", $"schemaVersion 1 has no \"{added}\"; expected \"schemaVersion\": 2 with it");
            }

            return;
        }

        if (document.MemoryBenchVersion is null)
        {
            throw new InputException(path, "$.memoryBenchVersion", "expected the version of MemoryBench that wrote the file (\"schemaVersion\": 2)");
        }

        if (document.MeasuredWith is null)
        {
            throw new InputException(
                path, "$.measuredWith", "expected the BenchmarkDotNet and MemoryBench versions that measured the figures (\"schemaVersion\": 2)");
        }
    }

    // The file is edited by hand and merged by git: a null entry or an impossible figure is refused where it stands.
    private static BaselineBenchmarkDocument Possible(string path, BaselineBenchmarkDocument? benchmark, string where)
    {
        if (benchmark is null)
        {
            throw new InputException(path, where, "expected a benchmark entry (an object with \"id\"), found null");
        }

        if (FigureBounds.FirstNull(benchmark.Categories.IsDefault ? [] : benchmark.Categories) is >= 0 and var category)
        {
            throw new InputException(path, $"{where}.categories[{category}]", "expected a category name, found null");
        }

        if (benchmark.Memory is { } memory)
        {
            FigureBounds.Count(path, $"{where}.memory.allocatedBytesPerOperation", memory.AllocatedBytesPerOperation);
            FigureBounds.Count(path, $"{where}.memory.gen0Collections", memory.Gen0Collections);
            FigureBounds.Count(path, $"{where}.memory.gen1Collections", memory.Gen1Collections);
            FigureBounds.Count(path, $"{where}.memory.gen2Collections", memory.Gen2Collections);
            FigureBounds.Count(path, $"{where}.memory.totalOperations", memory.TotalOperations);
        }

        if (benchmark.Time is { } time)
        {
            FigureBounds.Measured(path, $"{where}.time.meanNanoseconds", time.MeanNanoseconds);
            FigureBounds.Measured(path, $"{where}.time.medianNanoseconds", time.MedianNanoseconds);
            foreach (var value in time.WorkloadNanosecondsPerOperation.IsDefault ? [] : time.WorkloadNanosecondsPerOperation)
            {
                FigureBounds.Measured(path, $"{where}.time.workloadNanosecondsPerOperation", value);
            }
        }

        if (benchmark.Retained is { } retained)
        {
            FigureBounds.Measured(path, $"{where}.retained.bytesPerOperation", retained.BytesPerOperation, mayBeNegative: true);
            FigureBounds.Measured(path, $"{where}.retained.standardErrorBytes", retained.StandardErrorBytes);
        }

        if (benchmark.Allocations is { } allocations)
        {
            PossibleProfile(path, allocations, $"{where}.allocations");
        }

        return benchmark;
    }

    private static void PossibleProfile(string path, BaselineAllocationsDocument allocations, string where)
    {
        FigureBounds.Count(path, $"{where}.operations", allocations.Operations);
        FigureBounds.Count(path, $"{where}.samples", allocations.Samples);
        FigureBounds.Measured(path, $"{where}.bytesPerOperation", allocations.BytesPerOperation);
        if (allocations.CountedBytesPerOperation is { } counted)
        {
            FigureBounds.Measured(path, $"{where}.countedBytesPerOperation", counted);
        }

        var types = allocations.Types.IsDefault ? [] : allocations.Types;
        for (var index = 0; index < types.Length; index++)
        {
            var type = types[index] ?? throw new InputException(path, $"{where}.types[{index}]", "expected an allocated type (an object with \"type\"), found null");
            FigureBounds.Measured(path, $"{where}.types[{index}].bytesPerOperation", type.BytesPerOperation);
            FigureBounds.Measured(path, $"{where}.types[{index}].standardError", type.StandardError);
            FigureBounds.Count(path, $"{where}.types[{index}].samples", type.Samples);
        }
    }

    private static InputException UnsupportedVersion(string path, int version) =>
        new(path, "$.schemaVersion", $"schemaVersion {version} is not supported; expected {FirstSchemaVersion} or {SchemaVersion}");

    private static BaselineBenchmarkDocument ToDocument(BenchmarkResult benchmark) => new(
        benchmark.Id.Value,
        benchmark.Name.Namespace,
        benchmark.Name.Type,
        benchmark.Name.Method,
        benchmark.Name.Parameters,
        benchmark.Name.Job,
        [.. benchmark.Categories.IsDefault ? [] : benchmark.Categories],
        benchmark.IsBaseline,
        benchmark.Failed,
        benchmark.Memory is { } memory
            ? new BaselineMemoryDocument(
                memory.BytesAllocatedPerOperation,
                memory.Gen0Collections,
                memory.Gen1Collections,
                memory.Gen2Collections,
                memory.TotalOperations)
            : null,
        benchmark.Time is { } time
            ? new BaselineTimeDocument(
                BaselineFigures.Round(time.MeanNanoseconds),
                BaselineFigures.Round(time.MedianNanoseconds),
                [.. (time.WorkloadNanosecondsPerOperation.IsDefault ? [] : time.WorkloadNanosecondsPerOperation).Select(BaselineFigures.Round)])
            : null,
        benchmark.Retained is { } retained
            ? new BaselineRetainedDocument(BaselineFigures.Round(retained.BytesPerOperation), BaselineFigures.Round(retained.StandardErrorBytes))
            : null)
    {
        Allocations = benchmark.Allocations is { } profile ? BaselineAllocations.ToDocument(profile) : null,
    };

    private static BenchmarkResult FromDocument(BaselineBenchmarkDocument benchmark) => new(
        new BenchmarkId(benchmark.Id),
        new BenchmarkName(benchmark.Namespace, benchmark.Type, benchmark.Method, benchmark.Parameters, benchmark.Job),
        [.. (benchmark.Categories.IsDefault ? [] : benchmark.Categories).OfType<string>()],
        benchmark.IsBaseline,
        benchmark.Memory is { } memory
            ? new MemoryMetrics(
                memory.AllocatedBytesPerOperation,
                memory.Gen0Collections,
                memory.Gen1Collections,
                memory.Gen2Collections,
                memory.TotalOperations)
            : null,
        benchmark.Time is { } time
            ? new TimeSummary(time.MeanNanoseconds, time.MedianNanoseconds, time.WorkloadNanosecondsPerOperation)
            : null,
        benchmark.Retained is { } retained ? new RetainedMemory(retained.BytesPerOperation, retained.StandardErrorBytes) : null,
        benchmark.Failed)
    {
        Allocations = benchmark.Allocations is { } allocations ? BaselineAllocations.FromDocument(benchmark, allocations) : null,
    };
}
