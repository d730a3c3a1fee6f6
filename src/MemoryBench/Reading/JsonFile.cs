using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MemoryBench.Reading;

/// <summary>
/// Reads a JSON file with a source-generated contract in one forward pass over its bytes, without a
/// document tree; every failure becomes an <see cref="InputException"/>.
/// </summary>
/// <remarks>
/// A small file (a baseline, a budgets file) is read whole, then parsed. An export is read by
/// <see cref="Export.ExportDocumentReader"/> as it streams; only one that reader leaves (one not as BenchmarkDotNet writes
/// it) comes here, streamed (<see cref="ReadStreamed{T}"/>), so that the error names its line and JSON path.
/// </remarks>
internal static class JsonFile
{
    /// <param name="path">The file.</param>
    /// <param name="contract">The source-generated type to read.</param>
    /// <param name="whatTheFileShouldBe">"a BenchmarkDotNet full JSON export", for messages about the whole file.</param>
    public static T Read<T>(string path, JsonTypeInfo<T> contract, string whatTheFileShouldBe)
        where T : class =>
        Parse(path, InputFile.ReadUtf8(path, whatTheFileShouldBe), contract, whatTheFileShouldBe);

    /// <summary>Parses a file's bytes, read by <see cref="InputFile.ReadUtf8"/>.</summary>
    /// <param name="path">The file, for the messages.</param>
    /// <param name="json">Its bytes.</param>
    /// <param name="contract">The source-generated type to read.</param>
    /// <param name="whatTheFileShouldBe">"a MemoryBench baseline file", for messages about the whole file.</param>
    public static T Parse<T>(string path, ReadOnlyMemory<byte> json, JsonTypeInfo<T> contract, string whatTheFileShouldBe)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json.Span, contract)
                ?? throw new InputException(path, null, $"expected {whatTheFileShouldBe}, found null");
        }
        catch (JsonException error)
        {
            throw ErrorOf(path, error, contract, whatTheFileShouldBe, json);
        }
    }

    /// <summary>
    /// Reads a JSON file in one streamed pass, holding a buffer rather than the file: for a file of hundreds of megabytes
    /// (an export of 10,000 benchmarks is 181 MB), which read whole costs its size in memory and a page fault per page.
    /// Only an error reads the whole file, to tell a truncated file by where the error lies.
    /// </summary>
    public static T ReadStreamed<T>(string path, JsonTypeInfo<T> contract, string whatTheFileShouldBe)
        where T : class
    {
        using var stream = InputFile.OpenUtf8(path, whatTheFileShouldBe);
        try
        {
            return JsonSerializer.Deserialize(stream, contract)
                ?? throw new InputException(path, null, $"expected {whatTheFileShouldBe}, found null");
        }
        catch (JsonException error)
        {
            throw ErrorOf(path, error, contract, whatTheFileShouldBe, InputFile.ReadUtf8(path, whatTheFileShouldBe));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, error);
        }
    }

    public static InputException Unreadable(string path, Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => new InputException(path, null, "no such file or folder", error),
        _ => new InputException(path, null, $"cannot be read: {error.Message}", error),
    };

    // Where the error lies tells a truncated file from a malformed one: both readers say it the same way.
    private static InputException ErrorOf(string path, JsonException error, JsonTypeInfo contract, string whatTheFileShouldBe, ReadOnlyMemory<byte> json) =>
        JsonInputErrors.From(path, error, contract, whatTheFileShouldBe, (line, position) => JsonFileEnd.IsAt(json.Span, line, position));
}
