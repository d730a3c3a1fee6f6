using System.Text.Json;

namespace MemoryBench.Reading;

/// <summary>
/// Reads the "schemaVersion" MemoryBench writes as the first member of its files, from the first
/// bytes only: enough to tell a baseline file from a BenchmarkDotNet export (which starts with
/// "Title"), and a newer schema from a broken file before reading the rest.
/// </summary>
internal static class SchemaVersionProbe
{
    private const int HeadLength = 4096;

    /// <summary>Null when the file does not start with a numeric "schemaVersion" or cannot be read.</summary>
    public static int? Of(string path)
    {
        try
        {
            var head = new byte[HeadLength];
            int length;
            using (var stream = File.OpenRead(path))
            {
                length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            var reader = new Utf8JsonReader(head.AsSpan(0, length), isFinalBlock: length < HeadLength, state: default);
            return reader.Read()
                && reader.TokenType == JsonTokenType.StartObject
                && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName
                && reader.ValueTextEquals("schemaVersion"u8)
                && reader.Read()
                && reader.TokenType == JsonTokenType.Number
                && reader.TryGetInt32(out var version)
                    ? version
                    : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            // Not readable this way; the full read reports what is wrong with the file.
            return null;
        }
    }
}
