using System.Text.Json;

namespace MemoryBench.Reading;

/// <summary>
/// Finds MemoryBench's "schemaVersion" among the top-level members of a file, wherever it stands (a tool that sorts
/// keys moves it), skipping the other members' values unread: enough to tell a baseline file from a BenchmarkDotNet
/// export, and a newer schema from a broken file before reading the rest.
/// </summary>
internal static class SchemaVersionProbe
{
    /// <summary>Null when the file has no numeric top-level "schemaVersion" or cannot be read.</summary>
    public static int? Of(string path)
    {
        try
        {
            return Of(InputFile.ReadUtf8(path, "a MemoryBench baseline file or a BenchmarkDotNet export").Span);
        }
        catch (InputException)
        {
            // Not readable; the full read reports what is wrong with the file.
            return null;
        }
    }

    /// <summary>Null when the bytes have no numeric top-level "schemaVersion".</summary>
    public static int? Of(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            // Not readable this way; the full read reports what is wrong with the file.
            return null;
        }
    }
}
