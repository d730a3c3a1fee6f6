using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// Every value of a read document (an export's, a baseline's) as text, members in name order: two readings of one file are the same
/// reading exactly when their texts are equal (numbers written round-trip, strings quoted).
/// </summary>
internal static class DocumentText
{
    public static string Of(object? document)
    {
        var text = new StringBuilder();
        Write(text, document);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                text.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(value.GetType().Name).Append('{');
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                             .Where(property => property.Name != "EqualityContract")
                             .OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    text.Append(property.Name).Append('=');
                    Write(text, property.GetValue(value));
                    text.Append(';');
                }

                text.Append('}');
                break;
        }
    }
}
