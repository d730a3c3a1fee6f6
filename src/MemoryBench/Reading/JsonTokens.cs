using System.Text.Json;

namespace MemoryBench.Reading;

/// <summary>
/// Values read token by token for MemoryBench's own readers (<see cref="Export.ExportDocumentReader"/>,
/// <see cref="Baseline.BaselineDocumentReader"/>), each exactly as the serializer reads it: anything else throws a
/// <see cref="JsonException"/>, which those readers take to mean that the serializer is to read the file and say what
/// is wrong with it.
/// </summary>
internal static class JsonTokens
{
    public static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw Unexpected();

    /// <returns>True, or it throws: a condition in expressions, which never read on past a token of another kind.</returns>
    public static bool Expect(JsonTokenType token, JsonTokenType expected) => token == expected ? true : throw Unexpected();

    /// <summary>An object-valued member: null, or the object read by <paramref name="read"/> from its start.</summary>
    public static T? Object<T>(ref Utf8JsonReader reader, JsonUnit<T> read)
        where T : class
    {
        Next(ref reader);
        return ObjectValue(ref reader, read);
    }

    /// <summary>The object or null the reader is on.</summary>
    public static T? ObjectValue<T>(ref Utf8JsonReader reader, JsonUnit<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : Expect(reader.TokenType, JsonTokenType.StartObject) ? read(ref reader) : null;

    public static string? String(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return StringValue(ref reader);
    }

    /// <summary>The string or null the reader is on.</summary>
    public static string? StringValue(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Expect(reader.TokenType, JsonTokenType.String) ? reader.GetString() : null;

    public static double? Double(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return DoubleValue(ref reader);
    }

    /// <summary>The number or null the reader is on.</summary>
    public static double? DoubleValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        var token => token == JsonTokenType.Number && reader.TryGetDouble(out var value) ? value : throw Unexpected(),
    };

    public static long? Int64(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.Null => null,
        var token => token == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unexpected(),
    };

    public static int? Int32(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.Null => null,
        var token => token == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unexpected(),
    };

    public static bool Boolean(ref Utf8JsonReader reader) => Next(ref reader) switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(),
    };

    /// <summary>Skips the value of the member the reader is on.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw Unexpected();
        }
    }

    /// <summary>A value the schema has no null for.</summary>
    public static T Required<T>(T? value)
        where T : class => value ?? throw Unexpected();

    /// <summary>A value the schema has no null for.</summary>
    public static T Required<T>(T? value)
        where T : struct => value ?? throw Unexpected();

    // Its message is never shown: the serializer reads the file again and says what is wrong, and where.
    public static JsonException Unexpected() => new("not as MemoryBench reads it");
}
