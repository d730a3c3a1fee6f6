using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MemoryBench.Reading;

/// <summary>
/// Reads a JSON file with a source-generated contract in one forward pass over its bytes, without a
/// document tree; every failure becomes an <see cref="InputException"/>.
/// </summary>
/// <remarks>
/// The file is read whole, then parsed: cheaper than System.Text.Json's Stream overload, which has to buffer and scan
/// every "Measurements" array twice before handing it to a custom converter (docs/measurements.md).
/// </remarks>
internal static class JsonFile
{
    /// <param name="path">The file.</param>
    /// <param name="contract">The source-generated type to read.</param>
    /// <param name="whatTheFileShouldBe">"a BenchmarkDotNet full JSON export", for messages about the whole file.</param>
    public static T Read<T>(string path, JsonTypeInfo<T> contract, string whatTheFileShouldBe)
        where T : class
    {
        var json = InputFile.ReadUtf8(path, whatTheFileShouldBe);
        try
        {
            return JsonSerializer.Deserialize(json.Span, contract)
                ?? throw new InputException(path, null, $"expected {whatTheFileShouldBe}, found null");
        }
        catch (JsonException error)
        {
            throw JsonInputErrors.From(
                path, error, contract, whatTheFileShouldBe, (line, position) => JsonFileEnd.IsAt(json.Span, line, position));
        }
    }

    public static InputException Unreadable(string path, Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => new InputException(path, null, "no such file or folder", error),
        _ => new InputException(path, null, $"cannot be read: {error.Message}", error),
    };
}
