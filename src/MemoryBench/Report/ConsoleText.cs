using System.Globalization;
using System.Text;

namespace MemoryBench.Report;

/// <summary>Text from the input made safe for one line of a console or CI log.</summary>
/// <remarks>
/// A line break in a parameter value would let the rest start a line of its own, where CI runners read commands
/// (GitHub's "::error::"), and an escape character would send terminal control sequences. Both are shown as codes.
/// </remarks>
internal static class ConsoleText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator =>
                    "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
