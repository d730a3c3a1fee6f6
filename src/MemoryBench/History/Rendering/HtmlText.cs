using System.Globalization;
using System.Text;

namespace MemoryBench.History.Rendering;

/// <summary>
/// Text from the input (benchmark names, commits, environments) made inert in the page, in an element or an attribute:
/// the five characters that could open markup or end an attribute become references, and invisible characters (line
/// breaks, bidirectional overrides that reorder what a reader sees) are shown as their code, as in the markdown report.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default:
                    if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    {
                        escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
