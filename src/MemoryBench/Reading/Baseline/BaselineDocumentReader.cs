using System.Collections.Immutable;
using System.Text.Json;
using static MemoryBench.Reading.JsonTokens;
using MemoryBench.Attribution;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// Reads a baseline file as MemoryBench writes it into the same <see cref="BaselineDocument"/> the serializer reads
/// (<see cref="BaselineJsonContext"/>): without the serializer's metadata, whose set-up costs more than reading a
/// 10,000-benchmark file. It accepts only what the serializer accepts (every member of a record present, none twice,
/// none unknown, no null where the schema has none) and reads it the same; anything else it leaves to the serializer,
/// whose errors name the line and the JSON path.
/// </summary>
internal static class BaselineDocumentReader
{
    private static readonly byte[][] DocumentMembers = Names("schemaVersion", "memoryBenchVersion", "environment", "measuredWith", "benchmarks");

    private static readonly byte[][] ToolchainMembers = Names("benchmarkDotNet", "memoryBench");

    private static readonly byte[][] EnvironmentMembers = Names("os", "architecture", "runtime", "processorCount", "gcMode", "gen0Budget");

    private static readonly byte[][] Gen0BudgetMembers = Names("bytes", "source");

    private static readonly byte[][] BenchmarkMembers = Names("id", "namespace", "type", "method", "parameters", "job", "categories", "isBaseline", "failed", "memory", "time", "retained", "allocations");

    private static readonly byte[][] MemoryMembers = Names("allocatedBytesPerOperation", "gen0Collections", "gen1Collections", "gen2Collections", "totalOperations");

    private static readonly byte[][] TimeMembers = Names("meanNanoseconds", "medianNanoseconds", "workloadNanosecondsPerOperation");

    private static readonly byte[][] RetainedMembers = Names("bytesPerOperation", "standardErrorBytes");

    private static readonly byte[][] AllocationsMembers = Names("operations", "samples", "bytesPerOperation", "types", "countedBytesPerOperation", "sampledBy");

    private static readonly byte[][] AllocatedTypeMembers = Names("type", "bytesPerOperation", "standardError", "samples");

    /// <returns>The document, or null when the serializer is to read the file.</returns>
    public static BaselineDocument? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            var document = Object(ref reader, ReadDocument) ?? throw Unexpected();
            return reader.Read() ? throw Unexpected() : document;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static BaselineDocument ReadDocument(ref Utf8JsonReader reader)
    {
        var members = new Members();
        int schemaVersion = 0;
        string? memoryBenchVersion = null;
        BaselineEnvironmentDocument? environment = null;
        BaselineToolchainDocument? measuredWith = null;
        var benchmarks = ImmutableArray<BaselineBenchmarkDocument?>.Empty;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, DocumentMembers))
            {
                case 0:
                    schemaVersion = Required(Int32(ref reader));
                    break;
                case 1:
                    memoryBenchVersion = String(ref reader);
                    break;
                case 2:
                    environment = Object(ref reader, ReadEnvironment);
                    break;
                case 3:
                    measuredWith = Object(ref reader, ReadToolchain);
                    break;
                default:
                    benchmarks = Array(ref reader, static (ref element) => ObjectValue(ref element, ReadBenchmark));
                    break;
            }
        }

        members.Require(0, 2, 4);
        return new BaselineDocument(schemaVersion, environment, benchmarks) { MemoryBenchVersion = memoryBenchVersion, MeasuredWith = measuredWith };
    }

    private static BaselineToolchainDocument ReadToolchain(ref Utf8JsonReader reader)
    {
        var members = new Members();
        string? benchmarkDotNet = null, memoryBench = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (members.Take(ref reader, ToolchainMembers) == 0)
            {
                benchmarkDotNet = String(ref reader);
            }
            else
            {
                memoryBench = String(ref reader);
            }
        }

        members.Require(0, 1);
        return new BaselineToolchainDocument(benchmarkDotNet, memoryBench);
    }

    private static BaselineEnvironmentDocument ReadEnvironment(ref Utf8JsonReader reader)
    {
        var members = new Members();
        string os = "", architecture = "", runtime = "", gcMode = "";
        var processorCount = 0;
        BaselineGen0BudgetDocument? gen0Budget = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, EnvironmentMembers))
            {
                case 0:
                    os = Required(String(ref reader));
                    break;
                case 1:
                    architecture = Required(String(ref reader));
                    break;
                case 2:
                    runtime = Required(String(ref reader));
                    break;
                case 3:
                    processorCount = Required(Int32(ref reader));
                    break;
                case 4:
                    gcMode = Required(String(ref reader));
                    break;
                default:
                    gen0Budget = Object(ref reader, ReadGen0Budget);
                    break;
            }
        }

        members.Require(0, 1, 2, 3, 4);
        return new BaselineEnvironmentDocument(os, architecture, runtime, processorCount, gcMode) { Gen0Budget = gen0Budget };
    }

    private static BaselineGen0BudgetDocument ReadGen0Budget(ref Utf8JsonReader reader)
    {
        var members = new Members();
        long bytes = 0;
        var source = "";
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (members.Take(ref reader, Gen0BudgetMembers) == 0)
            {
                bytes = Required(Int64(ref reader));
            }
            else
            {
                source = Required(String(ref reader));
            }
        }

        members.Require(0, 1);
        return new BaselineGen0BudgetDocument(bytes, source);
    }

    private static BaselineBenchmarkDocument ReadBenchmark(ref Utf8JsonReader reader)
    {
        var members = new Members();
        string id = "", @namespace = "", type = "", method = "", parameters = "", job = "";
        var categories = ImmutableArray<string?>.Empty;
        bool isBaseline = false, failed = false;
        BaselineMemoryDocument? memory = null;
        BaselineTimeDocument? time = null;
        BaselineRetainedDocument? retained = null;
        BaselineAllocationsDocument? allocations = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, BenchmarkMembers))
            {
                case 0:
                    id = Required(String(ref reader));
                    break;
                case 1:
                    @namespace = Required(String(ref reader));
                    break;
                case 2:
                    type = Required(String(ref reader));
                    break;
                case 3:
                    method = Required(String(ref reader));
                    break;
                case 4:
                    parameters = Required(String(ref reader));
                    break;
                case 5:
                    job = Required(String(ref reader));
                    break;
                case 6:
                    categories = Array(ref reader, StringValue);
                    break;
                case 7:
                    isBaseline = Boolean(ref reader);
                    break;
                case 8:
                    failed = Boolean(ref reader);
                    break;
                case 9:
                    memory = Object(ref reader, ReadMemory);
                    break;
                case 10:
                    time = Object(ref reader, ReadTime);
                    break;
                case 11:
                    retained = Object(ref reader, ReadRetained);
                    break;
                default:
                    allocations = Object(ref reader, ReadAllocations);
                    break;
            }
        }

        members.Require(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        return new BaselineBenchmarkDocument(id, @namespace, type, method, parameters, job, categories, isBaseline, failed, memory, time, retained)
        {
            Allocations = allocations,
        };
    }

    private static BaselineMemoryDocument ReadMemory(ref Utf8JsonReader reader)
    {
        var members = new Members();
        Span<long> values = stackalloc long[5];
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            var member = members.Take(ref reader, MemoryMembers);
            values[member] = Required(Int64(ref reader));
        }

        members.Require(0, 1, 2, 3, 4);
        return new BaselineMemoryDocument(values[0], values[1], values[2], values[3], values[4]);
    }

    private static BaselineTimeDocument ReadTime(ref Utf8JsonReader reader)
    {
        var members = new Members();
        double mean = 0, median = 0;
        var workload = ImmutableArray<double>.Empty;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, TimeMembers))
            {
                case 0:
                    mean = Required(Double(ref reader));
                    break;
                case 1:
                    median = Required(Double(ref reader));
                    break;
                default:
                    workload = Array(ref reader, static (ref element) => Required(DoubleValue(ref element)));
                    break;
            }
        }

        members.Require(0, 1, 2);
        return new BaselineTimeDocument(mean, median, workload);
    }

    private static BaselineRetainedDocument ReadRetained(ref Utf8JsonReader reader)
    {
        var members = new Members();
        double bytes = 0, standardError = 0;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (members.Take(ref reader, RetainedMembers) == 0)
            {
                bytes = Required(Double(ref reader));
            }
            else
            {
                standardError = Required(Double(ref reader));
            }
        }

        members.Require(0, 1);
        return new BaselineRetainedDocument(bytes, standardError);
    }

    private static BaselineAllocationsDocument ReadAllocations(ref Utf8JsonReader reader)
    {
        var members = new Members();
        long operations = 0;
        int samples = 0;
        double bytes = 0;
        var types = ImmutableArray<BaselineAllocatedTypeDocument?>.Empty;
        double? counted = null;
        SamplingEvent? sampledBy = null;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, AllocationsMembers))
            {
                case 0:
                    operations = Required(Int64(ref reader));
                    break;
                case 1:
                    samples = Required(Int32(ref reader));
                    break;
                case 2:
                    bytes = Required(Double(ref reader));
                    break;
                case 3:
                    types = Array(ref reader, static (ref element) => ObjectValue(ref element, ReadAllocatedType));
                    break;
                case 4:
                    counted = Double(ref reader);
                    break;
                default:
                    sampledBy = String(ref reader) switch
                    {
                        null => null,
                        "allocationSampled" => SamplingEvent.AllocationSampled,
                        "gcAllocationTick" => SamplingEvent.GCAllocationTick,
                        _ => throw Unexpected(),
                    };
                    break;
            }
        }

        members.Require(0, 1, 2, 3);
        return new BaselineAllocationsDocument(operations, samples, bytes, types) { CountedBytesPerOperation = counted, SampledBy = sampledBy };
    }

    private static BaselineAllocatedTypeDocument ReadAllocatedType(ref Utf8JsonReader reader)
    {
        var members = new Members();
        var type = "";
        double bytes = 0, standardError = 0;
        var samples = 0;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            switch (members.Take(ref reader, AllocatedTypeMembers))
            {
                case 0:
                    type = Required(String(ref reader));
                    break;
                case 1:
                    bytes = Required(Double(ref reader));
                    break;
                case 2:
                    standardError = Required(Double(ref reader));
                    break;
                default:
                    samples = Required(Int32(ref reader));
                    break;
            }
        }

        members.Require(0, 1, 2, 3);
        return new BaselineAllocatedTypeDocument(type, bytes, standardError, samples);
    }

    /// <summary>Which of an object's members were read: each at most once, none unknown.</summary>
    private struct Members
    {
        private int taken;

        /// <returns>The index of the member the reader is on among <paramref name="names"/>, marked as taken.</returns>
        public int Take(ref Utf8JsonReader reader, byte[][] names)
        {
            for (var index = 0; index < names.Length; index++)
            {
                if (reader.ValueTextEquals(names[index]))
                {
                    var bit = 1 << index;
                    taken = (taken & bit) == 0 ? taken | bit : throw Unexpected();
                    return index;
                }
            }

            throw Unexpected();
        }

        public readonly void Require(params ReadOnlySpan<int> indices)
        {
            foreach (var index in indices)
            {
                if ((taken & (1 << index)) == 0)
                {
                    throw Unexpected();
                }
            }
        }
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>An array (never null: the schema's arrays are values), each element read by <paramref name="readValue"/> on its first token.</summary>
    private static ImmutableArray<T> Array<T>(ref Utf8JsonReader reader, JsonUnit<T> readValue)
    {
        Expect(Next(ref reader), JsonTokenType.StartArray);
        var values = ImmutableArray.CreateBuilder<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            values.Add(readValue(ref reader));
        }

        return values.ToImmutable();
    }
}
