using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace MemoryBench.Reading;

/// <summary>
/// Turns System.Text.Json's exceptions into one-line input errors a user can act on: the line and
/// byte position, the JSON path, and what was expected there instead of a .NET type name.
/// </summary>
internal static partial class JsonInputErrors
{
    /// <param name="file">The file being read.</param>
    /// <param name="error">What System.Text.Json threw.</param>
    /// <param name="contract">The type the file was read as, to tell what a path should have held.</param>
    /// <param name="whatTheFileShouldBe">For errors at the root: "a BenchmarkDotNet full JSON export", for instance.</param>
    /// <param name="endsAt">Whether a (zero-based) line and byte position is the end of the file.</param>
    public static InputException From(
        string file, JsonException error, JsonTypeInfo contract, string whatTheFileShouldBe, Func<long, long, bool> endsAt)
    {
        var location = Location(error);
        var message = WithoutPosition(error.Message);
        if (message.StartsWith("expected ", StringComparison.Ordinal))
        {
            // MemoryBench's own converters already say what they expected.
            return new InputException(file, location, message, error);
        }

        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            var expected = error.Path is null or "$"
                ? whatTheFileShouldBe
                : JsonContractPath.Expected(contract, error.Path) ?? "another kind of value";
            return new InputException(file, location, $"expected {expected}", error);
        }

        if (MissingProperties().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups["names"].Value.Trim();
            var properties = names.Contains(',', StringComparison.Ordinal) ? "properties" : "property";
            return new InputException(file, location, $"expected the {properties} {names}", error);
        }

        if (NullNotAllowed().IsMatch(message))
        {
            var expected = error.Path is null ? null : JsonContractPath.Expected(contract, error.Path);
            return new InputException(file, location, $"expected {expected ?? "a value"}, found null", error);
        }

        if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            return new InputException(
                file, location, $"\"{duplicate.Groups["name"].Value}\" is given twice; expected each member once", error);
        }

        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            return new InputException(
                file, location, $"unknown property '{unknown.Groups["name"].Value}'; expected {whatTheFileShouldBe}", error);
        }

        if (error.LineNumber is { } line && error.BytePositionInLine is { } position && endsAt(line, position))
        {
            return line == 0 && position == 0
                ? new InputException(file, null, $"the file is empty; expected {whatTheFileShouldBe}", error)
                : new InputException(file, location, $"the JSON ends early (truncated file?); expected {whatTheFileShouldBe}", error);
        }

        return new InputException(file, location, $"invalid JSON: {message}", error);
    }

    private static string? Location(JsonException error)
    {
        var parts = new List<string>(2);
        if (error.LineNumber is { } line)
        {
            parts.Add($"line {line + 1}, byte {error.BytePositionInLine + 1}");
        }

        if (!string.IsNullOrEmpty(error.Path))
        {
            parts.Add(error.Path);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // The position is reported separately; System.Text.Json appends it to its messages as well.
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).TrimEnd().TrimEnd('.');
    }

    [GeneratedRegex(@"missing required properties[^:]*:(?<names>.*)$")]
    private static partial Regex MissingProperties();

    [GeneratedRegex(@"^The (constructor parameter|property or field) '[^']+' on type '[^']+' doesn't allow")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"^The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
