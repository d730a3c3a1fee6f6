using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// Reads BenchmarkDotNet's "Measurements" array keeping only the actual workload iterations.
/// The array is most of an export (pilot, warm-up, overhead and result stages of every iteration);
/// reading it in place, comparing names as UTF-8 bytes, avoids a string and an object per entry.
/// </summary>
internal sealed class WorkloadMeasurementsConverter : JsonConverter<WorkloadMeasurements>
{
    public override WorkloadMeasurements Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadArray(ref reader);

    /// <summary>Reads the array the reader is on, to its end; shared with <see cref="ExportDocumentReader"/>.</summary>
    /// <exception cref="JsonException">Not an array of measurement objects, or the array is not all in the reader's data.</exception>
    public static WorkloadMeasurements ReadArray(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array of measurements");
        var values = ImmutableArray.CreateBuilder<double>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject, "a measurement object");
            if (ReadMeasurement(ref reader) is { } nanosecondsPerOperation)
            {
                values.Add(nanosecondsPerOperation);
            }
        }

        return new WorkloadMeasurements(values.ToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, WorkloadMeasurements value, JsonSerializerOptions options) =>
        throw new NotSupportedException("MemoryBench reads BenchmarkDotNet exports; it never writes them.");

    private static double? ReadMeasurement(ref Utf8JsonReader reader)
    {
        var isWorkload = false;
        var isActual = false;
        long operations = 0;
        double nanoseconds = 0;
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            if (reader.ValueTextEquals("IterationMode"u8))
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.String, "a string");
                isWorkload = reader.ValueTextEquals("Workload"u8);
            }
            else if (reader.ValueTextEquals("IterationStage"u8))
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.String, "a string");
                isActual = reader.ValueTextEquals("Actual"u8);
            }
            else if (reader.ValueTextEquals("Operations"u8))
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.Number, "a number");
                operations = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("Nanoseconds"u8))
            {
                Next(ref reader);
                Expect(ref reader, JsonTokenType.Number, "a number");
                nanoseconds = reader.GetDouble();
            }
            else if (!reader.TrySkip())
            {
                throw Incomplete();
            }
        }

        return isWorkload && isActual && operations > 0 ? nanoseconds / operations : null;
    }

    // The serializer buffers a converter's whole value before calling it, so there this means bad JSON; to
    // ExportDocumentReader it means its buffer ends inside the array, and it reads on.
    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw Incomplete();

    private static JsonException Incomplete() => new("expected a complete measurement object");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string expected)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"expected {expected}, found {Describe(reader.TokenType)}");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString(),
    };
}
