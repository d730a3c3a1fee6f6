using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryBench.History.Store;

/// <summary>
/// Writes a benchmark's figures on one line even in an indented file (a thousand benchmarks make a thousand lines, not
/// eight thousand), and reads them member by member, refusing a member it does not know.
/// </summary>
internal sealed class HistoryFiguresConverter : JsonConverter<HistoryFiguresDocument>
{
    private const string Expected =
        "expected an object of figures (\"allocated\", \"gen0\", \"gen1\", \"gen2\", \"operations\", \"retained\", \"retainedError\")";

    public override HistoryFiguresDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Expected);
        }

        long? allocated = null, gen0 = null, gen1 = null, gen2 = null, operations = null;
        double? retained = null, retainedError = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "allocated": allocated = Count(ref reader, name); break;
                case "gen0": gen0 = Count(ref reader, name); break;
                case "gen1": gen1 = Count(ref reader, name); break;
                case "gen2": gen2 = Count(ref reader, name); break;
                case "operations": operations = Count(ref reader, name); break;
                case "retained": retained = Number(ref reader, name); break;
                case "retainedError": retainedError = Number(ref reader, name); break;
                default: throw new JsonException($"{Expected}, found \"{name}\"");
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException(Expected);
        }

        return new HistoryFiguresDocument(allocated, gen0, gen1, gen2, operations, retained, retainedError);
    }

    public override void Write(Utf8JsonWriter writer, HistoryFiguresDocument value, JsonSerializerOptions options)
    {
        var line = new StringBuilder("{");
        Append(line, "allocated", value.Allocated);
        Append(line, "gen0", value.Gen0);
        Append(line, "gen1", value.Gen1);
        Append(line, "gen2", value.Gen2);
        Append(line, "operations", value.Operations);
        Append(line, "retained", value.Retained);
        Append(line, "retainedError", value.RetainedError);
        writer.WriteRawValue(line.Append('}').ToString());
    }

    private static long Count(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value)
            ? value
            : throw new JsonException($"expected a whole number for \"{name}\"");

    private static double Number(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value)
            ? value
            : throw new JsonException($"expected a number for \"{name}\"");

    private static void Append(StringBuilder line, string name, long? value)
    {
        if (value is { } given)
        {
            Separate(line).Append('"').Append(name).Append("\": ").Append(given.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Append(StringBuilder line, string name, double? value)
    {
        if (value is { } given)
        {
            Separate(line).Append('"').Append(name).Append("\": ").Append(given.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static StringBuilder Separate(StringBuilder line) => line.Length > 1 ? line.Append(", ") : line;
}
