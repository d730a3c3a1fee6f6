using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryBench.Tests.Fuzzing;

/// <summary>Applies a <see cref="Mutation"/> to a seed input's bytes.</summary>
internal static class Mutator
{
    /// <summary>Other types, nulls, extremes and numbers beyond a double's range, as raw JSON.</summary>
    public static readonly string[] HostileValues =
    [
        "null", "\"text\"", "\"\"", "-1", "-9223372036854775808", "9223372036854775807", "18446744073709551616",
        "1.79e308", "1e400", "-1e400", "0", "0.5", "-0.0", "true", "[]", "{}", "[null]", "1000000000000001",
        "\"\\u0000\"", "{\"Id\":null}", "-1.5e-320",
    ];

    // Parsed once per seed and only read afterwards (Collect walks every node, so nothing is left to build lazily).
    private static readonly Lazy<(JsonNode Root, List<JsonNode> Values, List<(JsonObject Owner, string Name)> Members, List<JsonArray> Lists)>[] Parsed =
        [.. SeedInputs.All.Select(seed => new Lazy<(JsonNode, List<JsonNode>, List<(JsonObject, string)>, List<JsonArray>)>(() => Parse(seed.Bytes)))];

    public static byte[] Apply(Mutation mutation)
    {
        var seed = SeedInputs.All[mutation.Seed].Bytes;
        return mutation.Kind switch
        {
            MutationKind.Truncate => seed[..(mutation.Target % seed.Length)],
            MutationKind.ByteOrderMark => [0xEF, 0xBB, 0xBF, .. seed],
            MutationKind.Utf16 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(seed))).ToArray(),
            MutationKind.CorruptByte => Corrupt(seed, mutation.Target, mutation.Value),
            _ => Rewrite(seed, mutation),
        };
    }

    private static byte[] Corrupt(byte[] seed, int target, int value)
    {
        var bytes = (byte[])seed.Clone();
        byte[] replacements = [0xFF, 0xC0, 0x80, 0x00, (byte)'"', (byte)'{', (byte)']', (byte)'-'];
        bytes[target % bytes.Length] = replacements[value % replacements.Length];
        return bytes;
    }

    /// <summary>Writes the document again, changing the one node, member or list the mutation picks.</summary>
    private static byte[] Rewrite(byte[] seed, Mutation mutation)
    {
        var (root, values, members, lists) = Parsed[mutation.Seed].Value;
        var hostile = HostileValues[mutation.Value % HostileValues.Length];
        var change = mutation.Kind switch
        {
            MutationKind.ReplaceValue => new Change(values[mutation.Target % values.Count], null, null, hostile),
            MutationKind.RemoveMember or MutationKind.DuplicateMember => new Change(null, members[mutation.Target % members.Count], mutation.Kind, hostile),
            _ => new Change(lists.Count == 0 ? null : lists[mutation.Target % lists.Count], null, MutationKind.AddToList, hostile),
        };

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = mutation.Value % 2 == 0, SkipValidation = true }))
        {
            Write(writer, root, change);
        }

        return buffer.ToArray();
    }

    private static (JsonNode, List<JsonNode>, List<(JsonObject, string)>, List<JsonArray>) Parse(byte[] seed)
    {
        var root = JsonNode.Parse(seed)!;
        var values = new List<JsonNode>();
        var members = new List<(JsonObject, string)>();
        var lists = new List<JsonArray>();
        Collect(root, values, members, lists);
        return (root, values, members, lists);
    }

    private sealed record Change(JsonNode? Node, (JsonObject Owner, string Name)? Member, MutationKind? Kind, string Hostile);

    private static void Collect(JsonNode node, List<JsonNode> values, List<(JsonObject, string)> members, List<JsonArray> lists)
    {
        values.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    members.Add((obj, name));
                    if (child is not null)
                    {
                        Collect(child, values, members, lists);
                    }
                }

                break;
            case JsonArray array:
                lists.Add(array);
                foreach (var child in array.OfType<JsonNode>())
                {
                    Collect(child, values, members, lists);
                }

                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node, Change change)
    {
        if (node is not null && ReferenceEquals(node, change.Node) && change.Kind is null)
        {
            writer.WriteRawValue(change.Hostile, skipInputValidation: true);
            return;
        }

        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, child) in obj)
                {
                    var picked = change.Member is { } member && ReferenceEquals(member.Owner, obj) && member.Name == name;
                    if (picked && change.Kind == MutationKind.RemoveMember)
                    {
                        continue;
                    }

                    writer.WritePropertyName(name);
                    Write(writer, child, change);
                    if (picked && change.Kind == MutationKind.DuplicateMember)
                    {
                        writer.WritePropertyName(name);
                        writer.WriteRawValue(change.Hostile, skipInputValidation: true);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var child in array)
                {
                    Write(writer, child, change);
                }

                if (ReferenceEquals(array, change.Node) && change.Kind == MutationKind.AddToList)
                {
                    writer.WriteRawValue(change.Hostile, skipInputValidation: true);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
