using System.Text;

namespace MemoryBench.Report;

/// <summary>A part of the report around one table: what comes before it (heading, intro) and after it (a chart).</summary>
internal sealed record ReportSection(string Before, MarkdownTable Table, string After)
{
    public void AppendTo(StringBuilder text, int maxRows)
    {
        text.Append(Before);
        Table.AppendTo(text, maxRows);
        text.Append(After);
    }

    /// <summary>How long <see cref="AppendTo"/> would make the text, in characters.</summary>
    public int Length(int maxRows) => Before.Length + Table.Length(maxRows) + After.Length;
}
