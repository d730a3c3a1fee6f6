using System.Globalization;
using System.Text;

namespace MemoryBench.Report;

/// <summary>A GitHub table whose rows are rendered once and shown up to a limit, with a note for the rest.</summary>
internal sealed class MarkdownTable
{
    private readonly string header;
    private readonly string[] rows;
    private readonly string noun;

    // Lengths of the first n rows together, so the report can find how many rows fit without rendering them.
    private readonly int[] lengthOfFirst;

    private MarkdownTable(string header, string[] rows, string noun)
    {
        this.header = header;
        this.rows = rows;
        this.noun = noun;
        lengthOfFirst = new int[rows.Length + 1];
        for (var i = 0; i < rows.Length; i++)
        {
            lengthOfFirst[i + 1] = lengthOfFirst[i] + rows[i].Length;
        }
    }

    public int RowCount => rows.Length;

    /// <param name="columns">The columns, left to right.</param>
    /// <param name="rows">Every row's cells, in order, already escaped.</param>
    /// <param name="noun">What the rows are, for the note: "… and 120 more unchanged".</param>
    public static MarkdownTable Of(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<string>> rows, string noun)
    {
        var header = new StringBuilder();
        header.Append("| ").AppendJoin(" | ", columns.Select(c => c.Header)).Append(" |\n");
        header.Append('|').AppendJoin('|', columns.Select(c => c.RightAligned ? " ---: " : " --- ")).Append("|\n");
        return new MarkdownTable(header.ToString(), [.. rows.Select(Row)], noun);
    }

    /// <summary>The table with at most <paramref name="maxRows"/> rows; a note, after a blank line, counts the others.</summary>
    public void AppendTo(StringBuilder text, int maxRows)
    {
        var shown = Shown(maxRows);
        if (shown > 0)
        {
            text.Append(header);
            for (var i = 0; i < shown; i++)
            {
                text.Append(rows[i]);
            }
        }

        text.Append(Note(shown));
    }

    /// <summary>How long <see cref="AppendTo"/> would make the text, in characters.</summary>
    public int Length(int maxRows)
    {
        var shown = Shown(maxRows);
        return (shown > 0 ? header.Length + lengthOfFirst[shown] : 0) + Note(shown).Length;
    }

    private int Shown(int maxRows) => Math.Clamp(maxRows, 0, rows.Length);

    private string Note(int shown)
    {
        if (shown == rows.Length)
        {
            return "";
        }

        // A line straight after a table would become one of its rows: the blank line ends the table.
        var hidden = (rows.Length - shown).ToString("N0", CultureInfo.InvariantCulture);
        return shown > 0
            ? $"\n… and {hidden} more {noun}, not listed to keep the report short enough for a GitHub comment.\n"
            : $"… {hidden} {noun}, not listed to keep the report short enough for a GitHub comment.\n";
    }

    private static string Row(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells) + " |\n";
}

/// <summary>A table column: its header, and whether its figures line up on the right.</summary>
internal sealed record Column(string Header, bool RightAligned = false);
