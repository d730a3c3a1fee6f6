using System.Collections;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace MemoryBench.Reading;

/// <summary>
/// What a JSON path of an error points at in a source-generated contract, in words: System.Text.Json
/// names the enclosing object's .NET type in its messages, a user needs "a number".
/// </summary>
internal static partial class JsonContractPath
{
    /// <summary>"a number", "an array"...; null when the path leaves the contract.</summary>
    public static string? Expected(JsonTypeInfo root, string path)
    {
        var type = root;
        foreach (Match segment in Segment().Matches(path))
        {
            if (segment.Groups["index"].Success)
            {
                if (type.ElementType is not { } element)
                {
                    return null;
                }

                type = type.Options.GetTypeInfo(element);
                continue;
            }

            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value : segment.Groups["quoted"].Value;
            var property = type.Properties.FirstOrDefault(candidate => candidate.Name == name);
            if (property is null)
            {
                return null;
            }

            type = type.Options.GetTypeInfo(property.PropertyType);
        }

        return Describe(type.Type);
    }

    private static string Describe(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(underlying) switch
        {
            TypeCode.Int32 or TypeCode.Int64 or TypeCode.Double => "a number",
            TypeCode.String => "a string",
            TypeCode.Boolean => "true or false",
            _ when typeof(IEnumerable).IsAssignableFrom(underlying) => "an array",
            _ => "an object",
        };
    }

    // $.Benchmarks[0].Statistics.Median, or $['odd name'] for names that need quoting.
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]|\['(?<quoted>[^']*)'\]")]
    private static partial Regex Segment();
}
