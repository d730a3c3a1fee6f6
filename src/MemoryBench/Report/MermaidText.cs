using System.Text;

namespace MemoryBench.Report;

/// <summary>Text from the input made safe as a quoted label in a mermaid chart.</summary>
/// <remarks>
/// A mermaid string ends at the next double quote whatever precedes it (there is no escape), a backtick before a
/// quote starts a markdown string, mermaid decodes "#name;" entities, and "%%" starts a comment. So instead of
/// escaping, anything that could mean something is replaced by a look-alike or dropped.
/// </remarks>
internal static class MermaidText
{
    /// <summary>A label of at most <paramref name="maxLength"/> characters, without quotes, brackets of the chart syntax, or line breaks.</summary>
    public static string Label(string text, int maxLength = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            label.Append(c switch
            {
                '"' or '`' => '\'',
                '<' => '\u2039',
                '>' => '\u203a',
                '[' or '{' => '(',
                ']' or '}' => ')',
                _ when char.IsLetterOrDigit(c) || " .,=+-_()/:'*!?".Contains(c, StringComparison.Ordinal) => c,
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
                _ => '_',
            });
        }

        return MarkdownText.Shorten(label.ToString().Trim(), maxLength);
    }
}
