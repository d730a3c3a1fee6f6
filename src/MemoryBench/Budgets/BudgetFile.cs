using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Budgets;

/// <summary>
/// Reads a budgets file, <c>{ "budgets": [ { "benchmark": "*.ValueTask*", "maxBytesPerOperation": 0, "noGen2": true,
/// "retainsNothing": true } ] }</c>, for benchmarks whose code cannot carry the attribute.
/// Every problem is an <see cref="InputException"/> naming the file, the entry and what was expected.
/// </summary>
public static partial class BudgetFile
{
    private const string Members = "\"benchmark\", \"maxBytesPerOperation\", \"noGen2\" and \"retainsNothing\"";

    /// <exception cref="InputException">The file is missing, unreadable, not JSON, or not a budgets file.</exception>
    public static BudgetSet Read(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw Expected(path, "file", "an existing budgets file, but there is none");
        }

        var json = InputFile.ReadUtf8(path, "a budgets file (an object with a \"budgets\" array)");
        return Parse(Encoding.UTF8.GetString(json.Span), path);
    }

    /// <summary>Reads budgets from <paramref name="json"/>; <paramref name="filePath"/> names it in errors and sources.</summary>
    /// <exception cref="InputException">The text is not JSON or not a budgets file.</exception>
    public static BudgetSet Parse(string json, string filePath)
    {
        BudgetFileJson? document;
        try
        {
            document = JsonSerializer.Deserialize(json, BudgetFileJsonContext.Default.BudgetFileJson);
        }
        catch (JsonException e)
        {
            throw Describe(e, filePath);
        }

        if (document?.Budgets is not { } entries)
        {
            throw Expected(filePath, "top level", "an object with a \"budgets\" array");
        }

        var fileName = Path.GetFileName(filePath);
        var rules = ImmutableArray.CreateBuilder<BudgetRule>(entries.Length);
        for (var index = 0; index < entries.Length; index++)
        {
            rules.Add(ToRule(entries[index], index, filePath, fileName));
        }

        return new BudgetSet(rules.MoveToImmutable());
    }

    private static BudgetRule ToRule(BudgetFileEntryJson? entry, int index, string filePath, string fileName)
    {
        var at = Invariant($"budgets[{index}]");
        if (entry is null)
        {
            throw Expected(filePath, at, $"an object with {Members}");
        }

        if (string.IsNullOrWhiteSpace(entry.Benchmark))
        {
            throw Expected(filePath, at + ".benchmark", "a glob pattern over benchmark ids, such as \"*.ValueTask*\"");
        }

        var pattern = entry.Benchmark;
        if (entry.MaxBytesPerOperation is < 0)
        {
            throw Expected(
                filePath, $"{at}.maxBytesPerOperation (\"{pattern}\")", "a number of bytes of zero or more (leave it out for no limit)");
        }

        if (entry.MaxBytesPerOperation is null && entry.NoGen2 != true && entry.RetainsNothing != true)
        {
            throw Expected(
                filePath, $"{at} (\"{pattern}\")", "at least one limit: \"maxBytesPerOperation\", \"noGen2\": true or \"retainsNothing\": true");
        }

        var source = $"{fileName} {at} (\"{pattern}\")";
        var budget = new Budget(entry.MaxBytesPerOperation, entry.NoGen2 == true, entry.RetainsNothing == true, source);
        return new BudgetRule(new BenchmarkPattern(pattern), budget);
    }

    /// <summary>Turns the serializer's error into the reader's words: where, and what belongs there.</summary>
    private static InputException Describe(JsonException error, string filePath)
    {
        var path = (error.Path ?? "$").TrimStart('$').TrimStart('.');
        var line = error.LineNumber is { } zeroBased ? Invariant($", line {zeroBased + 1}") : "";
        var location = (path.Length == 0 ? "top level" : path) + line;
        var inEntry = path.StartsWith("budgets[", StringComparison.Ordinal);
        var expected = (UnknownMember().Match(error.Message), LastMember().Match(path).Value) switch
        {
            _ when DuplicateMember().Match(error.Message) is { Success: true } duplicate =>
                $"each member once, but \"{duplicate.Groups["name"].Value}\" is given twice (which one is the limit?)",
            ({ Success: true } unknown, _) when inEntry => $"only {Members} in an entry, not \"{unknown.Groups["name"].Value}\"",
            ({ Success: true } unknown, _) => $"only a \"budgets\" array at the top level, not \"{unknown.Groups["name"].Value}\"",
            _ when !NotConvertible().IsMatch(error.Message) => $"valid JSON ({ReaderProblem(error.Message)})",
            (_, "benchmark") => "a string: a glob pattern over benchmark ids",
            (_, "maxBytesPerOperation") => "a whole number of bytes, zero or more",
            (_, "noGen2" or "retainsNothing") => "true or false",
            (_, "budgets") => $"an array of objects with {Members}",
            _ when inEntry => $"an object with {Members}",
            _ => "an object with a \"budgets\" array",
        };
        return Expected(filePath, location, expected, error);
    }

    /// <summary>The reader's own explanation of a syntax error, without the location it appends (reported separately).</summary>
    private static string ReaderProblem(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.');
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[A-Za-z0-9]+$")]
    private static partial Regex LastMember();

    [GeneratedRegex(@"^The JSON value could not be converted")]
    private static partial Regex NotConvertible();

    [GeneratedRegex(@"^Duplicate property '(?<name>[^']*)'")]
    private static partial Regex DuplicateMember();

    [GeneratedRegex(@"JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    // The whole file at fault has no location; the message still says what a budgets file needs.
    private static InputException Expected(string filePath, string location, string expected, Exception? error = null) =>
        new(filePath, location == "file" ? null : location, $"expected {expected}", error);
}
