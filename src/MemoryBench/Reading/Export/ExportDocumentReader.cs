using System.Text.Json;
using static MemoryBench.Reading.JsonTokens;

namespace MemoryBench.Reading.Export;

/// <summary>
/// Reads an export as BenchmarkDotNet writes it into the same <see cref="ExportDocument"/> the serializer reads
/// (<see cref="ExportJsonContext"/>), in one pass over its bytes, a benchmark at a time: about twice as fast as the
/// serializer, whose read-ahead scans each value twice. It accepts only what the serializer accepts, and reads it the
/// same; anything else (a value of another kind, a missing required member, a file cut short) it leaves to the
/// serializer, whose errors name the line and the JSON path.
/// </summary>
internal static partial class ExportDocumentReader
{
    /// <summary>About fifty benchmarks of the fast job's exports; a benchmark larger than the buffer grows it.</summary>
    public const int BufferBytes = 1 << 20;

    /// <summary>
    /// Exports at least this large are read on two cores: the benchmarks of the second half by a second reader that starts
    /// at the first benchmark past the middle. Below, a second reader costs more than it saves.
    /// </summary>
    public const long SplitBytes = 8 << 20;

    /// <summary>How far past the middle the second reader looks for a benchmark's start: a few benchmarks' worth.</summary>
    private const int SplitSearchBytes = 256 << 10;

    /// <summary>The state of a reader inside the root's "Benchmarks" array, where the second reader starts.</summary>
    private static readonly JsonReaderState InsideBenchmarks = StateAfter("{\"Benchmarks\":["u8);

    /// <returns>The document, or null when the serializer is to read the file.</returns>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ExportDocument? TryRead(Stream utf8, int bufferBytes = BufferBytes) => TryRead(utf8, openAt: null, bufferBytes);

    /// <param name="utf8">The file, from its start.</param>
    /// <param name="openAt">
    /// Opens the same file at an offset, for the second reader (null when the file is no longer as it was); null to read
    /// on one core.
    /// </param>
    /// <param name="bufferBytes">Each reader's first buffer size.</param>
    /// <param name="searchFrom">
    /// Where the second reader looks for its first benchmark; by default the middle of a file of <see cref="SplitBytes"/> or
    /// more on a machine of two cores or more.
    /// </param>
    /// <returns>The document, or null when the serializer is to read the file.</returns>
    /// <exception cref="IOException">Reading the file failed.</exception>
    public static ExportDocument? TryRead(Stream utf8, Func<long, Stream?>? openAt, int bufferBytes = BufferBytes, long? searchFrom = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        SecondReader? second = null;
        try
        {
            if (openAt is not null
                && (searchFrom ?? (utf8.Length >= SplitBytes && Environment.ProcessorCount > 1 ? utf8.Length / 2 : null)) is { } from
                && BenchmarkStartAfter(openAt, from) is { } start)
            {
                second = SecondReader.Begin(openAt, start, bufferBytes);
            }

            return Read(new JsonUnitReader(utf8, bufferBytes), second);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
        finally
        {
            second?.Dispose();
        }
    }

    private static ExportDocument Read(JsonUnitReader units, SecondReader? second)
    {
        units.Read(static (ref reader) => Expect(Next(ref reader), JsonTokenType.StartObject));
        var root = new RootMembers();
        while (units.Read(ReadRootMember) is var (member, value) && member != RootMember.End)
        {
            if (member != RootMember.Benchmarks)
            {
                root.Set(member, value);
                continue;
            }

            var benchmarks = new List<ExportedBenchmark?>();
            if (ReadBenchmarks(units, benchmarks, second))
            {
                if (second!.Result() is { } rest)
                {
                    benchmarks.AddRange(rest.Benchmarks);
                    root.Set(RootMember.Benchmarks, benchmarks);
                    rest.Tail.ForEach(tail => root.Set(tail.Member, tail.Value));
                    return root.Document();
                }

                // The second reader failed where this one would too, or where it stood was no document's middle: read on.
                ReadBenchmarks(units, benchmarks, second: null);
            }

            second?.Dispose();
            second = null;
            root.Set(RootMember.Benchmarks, benchmarks);
        }

        units.ReadEnd();
        return root.Document();
    }

    /// <summary>Where the root's members are gathered: a member given twice is read as the serializer reads it, the last one.</summary>
    private sealed class RootMembers
    {
        private string? title;
        private ExportedHost? host;
        private List<ExportedBenchmark?>? benchmarks;
        private ExportedRun? run;

        public void Set(RootMember member, object? value)
        {
            switch (member)
            {
                case RootMember.Title:
                    title = (string?)value;
                    break;
                case RootMember.Host:
                    host = (ExportedHost?)value;
                    break;
                case RootMember.Run:
                    run = (ExportedRun?)value;
                    break;
                case RootMember.NoBenchmarks or RootMember.Benchmarks:
                    benchmarks = (List<ExportedBenchmark?>?)value;
                    break;
            }
        }

        public ExportDocument Document() => new() { Title = title, HostEnvironmentInfo = host, Benchmarks = benchmarks, Run = run };
    }

    private enum RootMember
    {
        Other,
        Title,
        Host,
        Run,
        NoBenchmarks,

        /// <summary>The start of the "Benchmarks" array: its elements are units of their own.</summary>
        Benchmarks,
        End,
    }

    private static (RootMember Member, object? Value) ReadRootMember(ref Utf8JsonReader reader)
    {
        if (Next(ref reader) == JsonTokenType.EndObject)
        {
            return (RootMember.End, null);
        }

        if (reader.ValueTextEquals("Title"u8))
        {
            return (RootMember.Title, String(ref reader));
        }

        if (reader.ValueTextEquals("HostEnvironmentInfo"u8))
        {
            return (RootMember.Host, Object(ref reader, ReadHost));
        }

        if (reader.ValueTextEquals("Benchmarks"u8))
        {
            return Next(ref reader) == JsonTokenType.Null
                ? (RootMember.NoBenchmarks, null)
                : (Expect(reader.TokenType, JsonTokenType.StartArray) ? RootMember.Benchmarks : RootMember.Other, null);
        }

        if (reader.ValueTextEquals(ExportedRun.PropertyName))
        {
            return (RootMember.Run, Object(ref reader, ReadRun));
        }

        Skip(ref reader);
        return (RootMember.Other, null);
    }

    /// <summary>Reads the array's benchmarks into <paramref name="benchmarks"/>, to its end or to where the second reader started.</summary>
    /// <returns>True when it stopped where the second reader started.</returns>
    private static bool ReadBenchmarks(JsonUnitReader units, List<ExportedBenchmark?> benchmarks, SecondReader? second)
    {
        while (true)
        {
            if (second is not null && units.NextTokenStart() is var next && next >= second.Start)
            {
                if (next == second.Start)
                {
                    return true;
                }

                // It started inside a benchmark, not at one: its reading is of no use.
                second.Dispose();
                second = null;
            }

            if (units.Read(ReadBenchmarkElement) is not (false, var benchmark))
            {
                return false;
            }

            benchmarks.Add(benchmark);
        }
    }

    private static (bool IsEnd, ExportedBenchmark? Benchmark) ReadBenchmarkElement(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.EndArray => (true, null),
        JsonTokenType.Null => (false, null),
        var token => Expect(token, JsonTokenType.StartObject) ? (false, ReadBenchmark(ref reader)) : default,
    };

    private static ExportedBenchmark ReadBenchmark(ref Utf8JsonReader reader)
    {
        string? displayInfo = null, type = null, method = null, fullName = null, @namespace = null, methodTitle = null, parameters = null;
        ExportedStatistics? statistics = null;
        ExportedMemory? memory = null;
        WorkloadMeasurements? measurements = null;
        List<ExportedMetric?>? metrics = null;
        ExportedBenchmarkFacts? facts = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("DisplayInfo"u8))
            {
                displayInfo = Required(String(ref reader));
            }
            else if (reader.ValueTextEquals("Namespace"u8))
            {
                @namespace = String(ref reader);
            }
            else if (reader.ValueTextEquals("Type"u8))
            {
                type = Required(String(ref reader));
            }
            else if (reader.ValueTextEquals("Method"u8))
            {
                method = Required(String(ref reader));
            }
            else if (reader.ValueTextEquals("MethodTitle"u8))
            {
                methodTitle = String(ref reader);
            }
            else if (reader.ValueTextEquals("Parameters"u8))
            {
                parameters = String(ref reader);
            }
            else if (reader.ValueTextEquals("FullName"u8))
            {
                fullName = Required(String(ref reader));
            }
            else if (reader.ValueTextEquals("Statistics"u8))
            {
                statistics = Object(ref reader, ReadStatistics);
            }
            else if (reader.ValueTextEquals("Memory"u8))
            {
                memory = Object(ref reader, ReadMemory);
            }
            else if (reader.ValueTextEquals("Measurements"u8))
            {
                measurements = Next(ref reader) == JsonTokenType.Null ? null : WorkloadMeasurementsConverter.ReadArray(ref reader);
            }
            else if (reader.ValueTextEquals("Metrics"u8))
            {
                metrics = List(ref reader, static (ref element) => ObjectValue(ref element, ReadMetric));
            }
            else if (reader.ValueTextEquals(ExportedRun.PropertyName))
            {
                facts = Object(ref reader, ReadFacts);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedBenchmark
        {
            DisplayInfo = Required(displayInfo),
            Namespace = @namespace,
            Type = Required(type),
            Method = Required(method),
            MethodTitle = methodTitle,
            Parameters = parameters,
            FullName = Required(fullName),
            Statistics = statistics,
            Memory = memory,
            Measurements = measurements,
            Metrics = metrics,
            Facts = facts,
        };
    }

    private static ExportedStatistics ReadStatistics(ref Utf8JsonReader reader)
    {
        double? mean = null, median = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Mean"u8))
            {
                mean = Double(ref reader);
            }
            else if (reader.ValueTextEquals("Median"u8))
            {
                median = Double(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedStatistics { Mean = Required(mean), Median = Required(median) };
    }

    private static ExportedMemory ReadMemory(ref Utf8JsonReader reader)
    {
        long gen0 = 0, gen1 = 0, gen2 = 0, operations = 0;
        long? bytes = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Gen0Collections"u8))
            {
                gen0 = Required(Int64(ref reader));
            }
            else if (reader.ValueTextEquals("Gen1Collections"u8))
            {
                gen1 = Required(Int64(ref reader));
            }
            else if (reader.ValueTextEquals("Gen2Collections"u8))
            {
                gen2 = Required(Int64(ref reader));
            }
            else if (reader.ValueTextEquals("TotalOperations"u8))
            {
                operations = Required(Int64(ref reader));
            }
            else if (reader.ValueTextEquals("BytesAllocatedPerOperation"u8))
            {
                bytes = Int64(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedMemory
        {
            Gen0Collections = gen0, Gen1Collections = gen1, Gen2Collections = gen2, TotalOperations = operations, BytesAllocatedPerOperation = bytes,
        };
    }

    private static ExportedMetric ReadMetric(ref Utf8JsonReader reader)
    {
        double value = 0;
        ExportedMetricDescriptor? descriptor = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Value"u8))
            {
                value = Required(Double(ref reader));
            }
            else if (reader.ValueTextEquals("Descriptor"u8))
            {
                descriptor = Object(ref reader, static (ref descriptorReader) => new ExportedMetricDescriptor { Id = OnlyString(ref descriptorReader, "Id"u8) });
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedMetric { Value = value, Descriptor = descriptor };
    }

    private static ExportedBenchmarkFacts ReadFacts(ref Utf8JsonReader reader)
    {
        List<string?>? categories = null;
        var baseline = false;
        string? gcMode = null;
        ExportedBudget? budget = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Categories"u8))
            {
                categories = List(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("Baseline"u8))
            {
                baseline = Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("GcMode"u8))
            {
                gcMode = String(ref reader);
            }
            else if (reader.ValueTextEquals("Budget"u8))
            {
                budget = Object(ref reader, ReadBudget);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedBenchmarkFacts { Categories = categories, Baseline = baseline, GcMode = gcMode, Budget = budget };
    }

    private static ExportedBudget ReadBudget(ref Utf8JsonReader reader)
    {
        long? maxBytes = null;
        bool noGen2 = false, retainsNothing = false;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("MaxBytesPerOperation"u8))
            {
                maxBytes = Int64(ref reader);
            }
            else if (reader.ValueTextEquals("NoGen2"u8))
            {
                noGen2 = Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("RetainsNothing"u8))
            {
                retainsNothing = Boolean(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedBudget { MaxBytesPerOperation = maxBytes, NoGen2 = noGen2, RetainsNothing = retainsNothing };
    }

    private static ExportedHost ReadHost(ref Utf8JsonReader reader)
    {
        string? version = null, os = null, architecture = null, runtime = null;
        int? cores = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("BenchmarkDotNetVersion"u8))
            {
                version = String(ref reader);
            }
            else if (reader.ValueTextEquals("OsVersion"u8))
            {
                os = String(ref reader);
            }
            else if (reader.ValueTextEquals("Architecture"u8))
            {
                architecture = String(ref reader);
            }
            else if (reader.ValueTextEquals("RuntimeVersion"u8))
            {
                runtime = String(ref reader);
            }
            else if (reader.ValueTextEquals("LogicalCoreCount"u8))
            {
                cores = Int32(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedHost { BenchmarkDotNetVersion = version, OsVersion = os, Architecture = architecture, RuntimeVersion = runtime, LogicalCoreCount = cores };
    }

    private static ExportedRun ReadRun(ref Utf8JsonReader reader)
    {
        int? schemaVersion = null;
        string? version = null;
        ExportedSelection? selection = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("SchemaVersion"u8))
            {
                schemaVersion = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("Version"u8))
            {
                version = String(ref reader);
            }
            else if (reader.ValueTextEquals("Selection"u8))
            {
                selection = Object(ref reader, ReadSelection);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedRun { SchemaVersion = schemaVersion, Version = version, Selection = selection };
    }

    private static ExportedSelection ReadSelection(ref Utf8JsonReader reader)
    {
        List<string?>? filters = null;
        int? shardIndex = null, shardCount = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("Filters"u8))
            {
                filters = List(ref reader, StringValue);
            }
            else if (reader.ValueTextEquals("ShardIndex"u8))
            {
                shardIndex = Int32(ref reader);
            }
            else if (reader.ValueTextEquals("ShardCount"u8))
            {
                shardCount = Int32(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return new ExportedSelection { Filters = filters, ShardIndex = shardIndex, ShardCount = shardCount };
    }

    /// <summary>An array-valued member: null, or each element read by <paramref name="readValue"/> on its first token.</summary>
    private static List<T?>? List<T>(ref Utf8JsonReader reader, JsonUnit<T?> readValue)
    {
        if (Next(ref reader) == JsonTokenType.Null)
        {
            return null;
        }

        Expect(reader.TokenType, JsonTokenType.StartArray);
        var list = new List<T?>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            list.Add(readValue(ref reader));
        }

        return list;
    }

    /// <summary>An object whose one member read is a string: a metric's descriptor, of which only the id matters.</summary>
    private static string? OnlyString(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        string? value = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals(name))
            {
                value = String(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return value;
    }

    /// <summary>
    /// Where the first benchmark object after <paramref name="from"/> starts, as BenchmarkDotNet writes one: "{" and its
    /// first member, "DisplayInfo". The bytes may also be a nested object's: the first reader tells, by arriving there or not.
    /// </summary>
    private static long? BenchmarkStartAfter(Func<long, Stream?> openAt, long from)
    {
        using var probe = openAt(from);
        if (probe is null)
        {
            return null;
        }

        var window = new byte[SplitSearchBytes];
        var read = probe.ReadAtLeast(window, window.Length, throwOnEndOfStream: false);
        var member = window.AsSpan(0, read).IndexOf("\"DisplayInfo\""u8);
        if (member < 0)
        {
            return null;
        }

        var before = window.AsSpan(0, member).TrimEnd(" \t\r\n"u8);
        return before.Length > 0 && before[^1] == (byte)'{' ? from + before.Length - 1 : null;
    }

    private static JsonReaderState StateAfter(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, default);
        while (reader.Read())
        {
        }

        return reader.CurrentState;
    }
}
