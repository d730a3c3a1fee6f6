using System.Collections.Immutable;
using System.Globalization;
using MemoryBench.Leaks;
using MemoryBench.Model;

namespace MemoryBench.Reading.Export;

/// <summary>One BenchmarkDotNet full JSON export, read into MemoryBench's figures; ids are given later, over the whole input.</summary>
internal static class ExportParser
{
    public const string WhatTheFileIs = "a BenchmarkDotNet full JSON export (an object with \"HostEnvironmentInfo\" and \"Benchmarks\")";

    public static ParsedExport Parse(string path)
    {
        var document = ReadDocument(path);
        if (document.HostEnvironmentInfo is not { } host || document.Benchmarks is not { } benchmarks)
        {
            throw new InputException(path, "$", $"expected {WhatTheFileIs}");
        }

        var parsed = ImmutableArray.CreateBuilder<ParsedBenchmark>(benchmarks.Count);
        for (var index = 0; index < benchmarks.Count; index++)
        {
            var benchmark = benchmarks[index]
                ?? throw new InputException(path, $"$.Benchmarks[{index}]", "expected a benchmark (an object with \"Type\" and \"Method\"), found null");
            parsed.Add(ParseBenchmark(path, benchmark, index));
        }

        return new ParsedExport(path, Host(host), parsed.MoveToImmutable())
        {
            Started = StartedAt(document.Title),
            Selection = ExportFacts.Selection(path, document.Run),
            Toolchain = new Toolchain(host.BenchmarkDotNetVersion, ExportFacts.Version(document.Run)),
        };
    }

    /// <summary>
    /// An export as BenchmarkDotNet writes it is read by <see cref="ExportDocumentReader"/>; anything else is read again by the
    /// serializer, which accepts the same and names the line and the JSON path of what it refuses.
    /// </summary>
    internal static ExportDocument ReadDocument(string path)
    {
        using (var stream = InputFile.OpenUtf8(path, WhatTheFileIs))
        {
            try
            {
                var length = stream.Length;
                if (ExportDocumentReader.TryRead(stream, offset => InputFile.OpenUtf8At(path, WhatTheFileIs, offset, length)) is { } document)
                {
                    return document;
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw JsonFile.Unreadable(path, error);
            }
        }

        return ReadBySerializer(path);
    }

    /// <summary>The reference reading of an export: what <see cref="ExportDocumentReader"/> must read the same.</summary>
    internal static ExportDocument ReadBySerializer(string path) =>
        JsonFile.ReadStreamed(path, ExportJsonContext.Default.ExportDocument, WhatTheFileIs);

    /// <summary>BenchmarkDotNet ends a title with the time the run of its type started: "-20261125-072710".</summary>
    private static DateTime? StartedAt(string? title) =>
        title is { Length: > 16 }
        && title[^16] == '-'
        && DateTime.TryParseExact(title[^15..], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var started)
            ? started
            : null;

    private static ParsedBenchmark ParseBenchmark(string path, ExportedBenchmark benchmark, int index)
    {
        var where = $"$.Benchmarks[{index}]";
        if (benchmark.Type.Length == 0 || benchmark.Method.Length == 0)
        {
            throw new InputException(path, where, "expected a benchmark with a \"Type\" and a \"Method\"");
        }

        var job = JobDisplay.Parse(benchmark.DisplayInfo, benchmark.MethodTitle)
            ?? throw new InputException(path, $"{where}.DisplayInfo", "expected \"Type.Method: JobId(...)\", the job named after the method");
        var name = new BenchmarkName(
            benchmark.Namespace ?? "",
            benchmark.Type,
            benchmark.Method,
            BenchmarkIdentity.ParametersFromBenchmarkDotNet(benchmark.Parameters ?? ""),
            job.Id);
        var failed = benchmark.Statistics is null;
        RequirePossible(path, where, benchmark);
        return new ParsedBenchmark(
            path,
            name,
            benchmark.Facts?.GcMode ?? job.GcMode,
            job.PinnedGen0Budget,
            failed ? null : Memory(benchmark.Memory),
            benchmark.Statistics is { } statistics
                ? new TimeSummary(statistics.Mean, statistics.Median, benchmark.Measurements?.NanosecondsPerOperation ?? [])
                : null,
            Retained(benchmark.Metrics),
            failed)
        {
            Categories = ExportFacts.Categories(path, where, benchmark.Facts),
            IsBaseline = benchmark.Facts?.Baseline ?? false,
            Budget = ExportFacts.Budget(path, where, benchmark.Facts),
        };
    }

    // JSON allows numbers beyond a double's range (1e400, read as infinity), negative counts and null entries; no real
    // export has them, and each would crash or mislead the comparison later, far from where it stands.
    private static void RequirePossible(string path, string where, ExportedBenchmark benchmark)
    {
        if (benchmark.Statistics is { } statistics)
        {
            FigureBounds.Measured(path, $"{where}.Statistics.Mean", statistics.Mean);
            FigureBounds.Measured(path, $"{where}.Statistics.Median", statistics.Median);
        }

        foreach (var value in benchmark.Measurements?.NanosecondsPerOperation ?? [])
        {
            FigureBounds.Measured(path, $"{where}.Measurements", value);
        }

        if (benchmark.Memory is { } memory)
        {
            FigureBounds.Count(path, $"{where}.Memory.Gen0Collections", memory.Gen0Collections);
            FigureBounds.Count(path, $"{where}.Memory.Gen1Collections", memory.Gen1Collections);
            FigureBounds.Count(path, $"{where}.Memory.Gen2Collections", memory.Gen2Collections);
            FigureBounds.Count(path, $"{where}.Memory.TotalOperations", memory.TotalOperations);
            if (memory.BytesAllocatedPerOperation is { } bytes)
            {
                FigureBounds.Count(path, $"{where}.Memory.BytesAllocatedPerOperation", bytes);
            }
        }

        var metrics = benchmark.Metrics ?? [];
        for (var i = 0; i < metrics.Count; i++)
        {
            var metric = metrics[i] ?? throw new InputException(path, $"{where}.Metrics[{i}]", "expected a metric (an object with \"Value\" and \"Descriptor\"), found null");
            switch (metric.Descriptor?.Id)
            {
                // Retained bytes per operation is a slope and may be negative; its standard error may not.
                case RetainedMemoryMetricIds.BytesPerOperation:
                    FigureBounds.Measured(path, $"{where}.Metrics[{i}].Value", metric.Value, mayBeNegative: true);
                    break;
                case RetainedMemoryMetricIds.StandardError:
                    FigureBounds.Measured(path, $"{where}.Metrics[{i}].Value", metric.Value);
                    break;
                case var _ when !double.IsFinite(metric.Value):
                    throw new InputException(path, $"{where}.Metrics[{i}].Value", $"expected a finite number, got {metric.Value}");
            }
        }
    }

    private static MemoryMetrics? Memory(ExportedMemory? memory) =>
        memory is { BytesAllocatedPerOperation: { } bytes, TotalOperations: > 0 }
            ? new MemoryMetrics(bytes, memory.Gen0Collections, memory.Gen1Collections, memory.Gen2Collections, memory.TotalOperations)
            : null;

    private static RetainedMemory? Retained(List<ExportedMetric?>? metrics)
    {
        double? bytes = null;
        double? standardError = null;
        foreach (var metric in (metrics ?? []).OfType<ExportedMetric>())
        {
            switch (metric.Descriptor?.Id)
            {
                case RetainedMemoryMetricIds.BytesPerOperation:
                    bytes = metric.Value;
                    break;
                case RetainedMemoryMetricIds.StandardError:
                    standardError = metric.Value;
                    break;
            }
        }

        // A diagnoser that reports no uncertainty gets none.
        return bytes is { } retained ? new RetainedMemory(retained, standardError ?? 0) : null;
    }

    private static HostFingerprint Host(ExportedHost host) => new(
        host.OsVersion ?? "unknown",
        host.Architecture ?? "unknown",
        Runtime(host.RuntimeVersion),
        host.LogicalCoreCount ?? 0);

    /// <summary>
    /// ".NET 10.0.12 (10.0.12, 10.0.1226.42308)" becomes ".NET 10.0.12": the part in parentheses is
    /// build detail whose format changed between BenchmarkDotNet versions, not a different runtime.
    /// </summary>
    private static string Runtime(string? version)
    {
        if (version is null)
        {
            return "unknown";
        }

        var detail = version.IndexOf(" (", StringComparison.Ordinal);
        return detail > 0 ? version[..detail] : version;
    }
}
