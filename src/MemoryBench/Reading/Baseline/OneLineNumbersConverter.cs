using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// Writes an array of numbers on one line even in an indented file: the raw time measurements of a
/// benchmark change on every run, and one changed line per benchmark reads better in a diff than a
/// column of them.
/// </summary>
internal sealed class OneLineNumbersConverter : JsonConverter<ImmutableArray<double>>
{
    public override ImmutableArray<double> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of numbers");
        }

        var values = ImmutableArray.CreateBuilder<double>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException("expected an array of numbers");
            }

            values.Add(reader.GetDouble());
        }

        return values.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<double> value, JsonSerializerOptions options)
    {
        var line = new StringBuilder("[");
        foreach (var number in value.IsDefault ? [] : value)
        {
            if (!double.IsFinite(number))
            {
                throw new ArgumentException($"{number} cannot be written as a JSON number.", nameof(value));
            }

            line.Append(line.Length > 1 ? ", " : "").Append(number.ToString("R", CultureInfo.InvariantCulture));
        }

        writer.WriteRawValue(line.Append(']').ToString());
    }
}
