using System.Globalization;
using System.Text;

namespace MemoryBench.Report;

/// <summary>
/// Text from the input (benchmark names, parameters, reasons, environments) made inert for GitHub markdown and HTML.
/// </summary>
/// <remarks>
/// Every special character becomes a numeric character reference. References are decoded as literal text both in
/// markdown and inside HTML (table cells, &lt;summary&gt;), so they can neither open markup nor split a table cell,
/// where a backslash escape would survive verbatim inside HTML. GitHub links mentions and issue references after
/// rendering, on the decoded text, so those get an invisible zero-width space instead.
/// </remarks>
internal static class MarkdownText
{
    private const string ZeroWidthSpace = "&#8203;";
    private static readonly System.Buffers.SearchValues<char> BreakAfter = System.Buffers.SearchValues.Create(".,(=/;");

    /// <summary>The text, safe anywhere in a markdown line or an HTML element of the report.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '|': escaped.Append("&#124;"); break;
                case '\\': escaped.Append("&#92;"); break;
                case '`': escaped.Append("&#96;"); break;
                case '*': escaped.Append("&#42;"); break;
                case '_': escaped.Append("&#95;"); break;
                case '[': escaped.Append("&#91;"); break;
                case ']': escaped.Append("&#93;"); break;
                case '~': escaped.Append("&#126;"); break;
                case '$': escaped.Append("&#36;"); break; // GitHub renders $...$ as math.
                case ':': escaped.Append("&#58;"); break; // Keeps "scheme:" text from becoming a link.
                case '.' when FollowsWww(text, i): escaped.Append("&#46;"); break; // Keeps "www." from becoming a link.
                case '-' when FollowsGh(text, i): escaped.Append('-').Append(ZeroWidthSpace); break; // "GH-1" links an issue.
                case '@': escaped.Append('@').Append(ZeroWidthSpace); break;
                case '#': escaped.Append("&#35;").Append(ZeroWidthSpace); break;
                case '\n': escaped.Append("&#92;n"); break;
                case '\r': escaped.Append("&#92;r"); break;
                case '\t': escaped.Append("&#92;t"); break;
                default:
                    if (IsInvisible(c))
                    {
                        // Control characters, and format characters such as bidirectional overrides that reorder
                        // what a reviewer sees, are shown as their code instead.
                        escaped.Append("&#92;u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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

    /// <summary>
    /// The text escaped, with a line-break opportunity (&lt;wbr&gt;) in every run of more than
    /// <paramref name="longestRun"/> characters without a space, so one long value cannot widen a table past the
    /// comment column.
    /// </summary>
    public static string EscapeBreakable(string text, int longestRun)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(longestRun, 2);
        var pieces = new List<string>();
        var start = 0;
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                runStart = i + 1;
            }
            else if (i - runStart + 1 > longestRun)
            {
                // Break after the run's last punctuation where there is one, so "Type.Method(" stays readable.
                var cut = text.AsSpan(runStart, i - runStart).LastIndexOfAny(BreakAfter) + 1;
                cut = cut > 0 ? runStart + cut : i;
                if (char.IsLowSurrogate(text[cut]))
                {
                    cut--;
                }

                pieces.Add(text[start..cut]);
                start = runStart = cut;
            }
        }

        pieces.Add(text[start..]);
        return string.Join("<wbr>", pieces.Select(Escape));
    }

    /// <summary>At most <paramref name="maxLength"/> characters, ending in "…" when cut; never splits a surrogate pair.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    private static bool FollowsWww(string text, int i) =>
        i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase);

    private static bool FollowsGh(string text, int i) =>
        i >= 2 && text.AsSpan(i - 2, 2).Equals("gh", StringComparison.OrdinalIgnoreCase);

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
