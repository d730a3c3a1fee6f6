using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MemoryBench.Reading;

/// <summary>Reads a JSON file with a source-generated contract, streaming; every failure becomes an <see cref="InputException"/>.</summary>
internal static class JsonFile
{
    /// <param name="path">The file.</param>
    /// <param name="contract">The source-generated type to read.</param>
    /// <param name="whatTheFileShouldBe">"a BenchmarkDotNet full JSON export", for messages about the whole file.</param>
    public static T Read<T>(string path, JsonTypeInfo<T> contract, string whatTheFileShouldBe)
        where T : class
    {
        try
        {
            using var stream = new FileStream(
                path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024, FileOptions.SequentialScan);
            return JsonSerializer.Deserialize(stream, contract)
                ?? throw new InputException(path, null, $"expected {whatTheFileShouldBe}, found null");
        }
        catch (JsonException error)
        {
            throw JsonInputErrors.From(path, error, contract, whatTheFileShouldBe, (line, position) => IsEnd(path, line, position));
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

    private static bool IsEnd(string path, long line, long position)
    {
        try
        {
            return JsonFileEnd.IsAt(path, line, position);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The file went away while the error was being explained: report the JSON error as it is.
            return false;
        }
    }
}
