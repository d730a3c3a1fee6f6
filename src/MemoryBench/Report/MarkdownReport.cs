using System.Globalization;
using System.Text;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// The comparison as GitHub-flavoured markdown, for a pull request comment and the job summary: the verdict first, then
/// what fails the gate (removed benchmarks included), improvements, new benchmarks, the unchanged ones folded, leaks,
/// paired scenarios, the benchmarks a partial run did not select (folded), and the environments.
/// </summary>
public static class MarkdownReport
{
    private static readonly Column BenchmarkColumn = new("Benchmark");
    private static readonly Column AllocatedColumn = new("Allocated/op", RightAligned: true);
    private static readonly Column DeltaColumn = new("Δ allocated", RightAligned: true);
    private static readonly Column GcColumn = new("Gen0/1/2 per 1k ops", RightAligned: true);
    private static readonly Column BenchmarkWhyColumn = new("Benchmark and why");
    private static readonly Column VerdictColumn = new("Verdict");

    // Which section loses rows first when the report is too long: benchmarks not run, unchanged rows, then pairs, new,
    // improvements, leaks, and what fails the gate last. Indexes into the sections in the order they are shown.
    private static readonly int[] CutOrder = [6, 3, 5, 2, 1, 4, 0];

    /// <summary>The report of <paramref name="result"/>, cut to <see cref="ReportOptions.MaxLength"/> characters.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="options">How to render it; <see cref="ReportOptions.Default"/> when null.</param>
    public static string Render(ComparisonResult result, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ReportOptions.Default;
        var names = DisplayNames.For(result.Benchmarks);
        var summary = VerdictSummary.Of(result);
        var versions = VersionChangeText.Of(result, ascii: false) is { } changed
            ? MarkdownText.Escape(MarkdownText.Shorten(changed, 300))
            : null;

        var head = Head(result, summary, options.Title, versions);
        ReportSection?[] sections =
        [
            Failing(result, names, versions),
            Improved(result, names, versions),
            New(result, names),
            Unchanged(result, names),
            LeakSection.Build(result, names, options.Charts),
            PairSection.Build(result, options.Charts),
            NotRun(result, names),
        ];
        var tail = EnvironmentSection.Render(result) + ThresholdsNote.Render(result.Thresholds) +
            $"\n<sub>Written by MemoryBench {MarkdownText.Escape(MemoryBenchVersion.Current)}.</sub>\n";

        var limits = sections.Select(s => s?.Table.RowCount ?? 0).ToArray();
        while (Length(head, sections, limits, tail) > options.MaxLength && Array.FindIndex(CutOrder, i => limits[i] > 0) is var next and >= 0)
        {
            limits[CutOrder[next]] /= 2;
        }

        var text = new StringBuilder(head);
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i]?.AppendTo(text, limits[i]);
        }

        return text.Append(tail).ToString();
    }

    private static int Length(string head, ReportSection?[] sections, int[] limits, string tail) =>
        head.Length + tail.Length + sections.Select((section, i) => section?.Length(limits[i]) ?? 0).Sum();

    private static string Head(ComparisonResult result, VerdictSummary summary, string title, string? versions)
    {
        var head = new StringBuilder();
        head.Append("## ").Append(summary.Passed ? "✅ " : "❌ ")
            .Append(MarkdownText.Escape(title)).Append(": ").Append(summary.Headline);
        if (versions is not null)
        {
            head.Append(", across versions (").Append(versions).Append(')');
        }

        head.Append("\n\n");
        if (summary.Others.Length > 0)
        {
            head.Append(summary.Others).Append(".\n\n");
        }

        if (DominantChange.Of(result) is { } dominant)
        {
            head.Append(dominant).Append("\n\n");
        }

        if (summary.NotRun > 0)
        {
            head.Append("A partial run (").Append(MarkdownText.Escape(MarkdownText.Shorten(result.Coverage.Description, 300)))
                .Append("): ").Append(Count(summary.NotRun)).Append(summary.NotRun == 1 ? " benchmark" : " benchmarks")
                .Append(" of the baseline not run, not counted.\n\n");
        }

        if (versions is not null)
        {
            head.Append("> ⚠️ The baseline was measured with other versions (").Append(versions).Append("): ")
                .Append(VersionChangeText.Advice).Append("\n\n");
        }

        foreach (var warning in result.Warnings)
        {
            head.Append("> ⚠️ ").Append(MarkdownText.Escape(MarkdownText.Shorten(warning, 600))).Append("\n\n");
        }

        if (!result.GcCountsComparable)
        {
            var reason = result.NotComparableReason is { Length: > 0 } given
                ? ": " + MarkdownText.Escape(MarkdownText.Shorten(given.TrimEnd('.'), 300))
                : "";
            head.Append("> ⚠️ Gen0/1/2 collection counts were not compared").Append(reason).Append(".\n\n");
        }

        return head.ToString();
    }

    private static ReportSection? Failing(ComparisonResult result, DisplayNames names, string? versions)
    {
        var rows = result.Benchmarks
            .Where(b => ComparisonResult.FailsTheGate(b.Verdict))
            .OrderBy(b => VerdictPrecedence.Rank(b.Verdict))
            .ThenBy(b => b.Id)
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        // A section of one kind says it in its title; a Verdict column repeating it would only take width.
        var kinds = rows.Select(b => b.Verdict).Distinct().ToList();
        return kinds.Count == 1
            ? Section(
                FailingTitle(kinds[0]),
                rows,
                [BenchmarkWhyColumn, AllocatedColumn, DeltaColumn, GcColumn],
                b => Figures(b, names, Reasons(result, b, versions)),
                "failing benchmarks")
            : Section(
                "Regressions and failures",
                rows,
                [VerdictColumn, BenchmarkWhyColumn, AllocatedColumn, DeltaColumn, GcColumn],
                b => [MarkdownCells.Verdict(b.Verdict), .. Figures(b, names, Reasons(result, b, versions))],
                "failing benchmarks");
    }

    private static string FailingTitle(Verdict verdict) => verdict switch
    {
        Verdict.Regressed => "🔺 Regressions",
        Verdict.OverBudget => "⛔ Over budget",
        _ => "💥 Failed",
    };

    private static ReportSection? Improved(ComparisonResult result, DisplayNames names, string? versions)
    {
        var rows = result.Benchmarks.Where(b => b.Verdict == Verdict.Improved).ToList();
        return rows.Count == 0
            ? null
            : Section(
                "Improvements",
                rows,
                [BenchmarkWhyColumn, AllocatedColumn, DeltaColumn, GcColumn],
                b => Figures(b, names, Reasons(result, b, versions)),
                "improvements");
    }

    private static ReportSection? New(ComparisonResult result, DisplayNames names)
    {
        var rows = result.Benchmarks.Where(b => b.Verdict == Verdict.New).ToList();
        return rows.Count == 0
            ? null
            : Section(
                "New",
                rows,
                [BenchmarkColumn, AllocatedColumn, GcColumn],
                b => [MarkdownCells.Name(names[b.Id]), MarkdownCells.Allocated(b), MarkdownCells.GcRates(b)],
                "new benchmarks");
    }

    private static ReportSection? NotRun(ComparisonResult result, DisplayNames names)
    {
        var rows = result.Benchmarks.Where(b => b.Verdict == Verdict.NotRun).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var table = MarkdownTable.Of([BenchmarkColumn, AllocatedColumn], rows.Select(b => (IReadOnlyList<string>)[MarkdownCells.Name(names[b.Id]), MarkdownCells.Allocated(b)]), "not run");
        return new ReportSection(
            $"<details><summary>{Count(rows.Count)} not run (outside this partial run)</summary>\n\n",
            table,
            "\n</details>\n\n");
    }

    private static ReportSection? Unchanged(ComparisonResult result, DisplayNames names)
    {
        var rows = result.Benchmarks.Where(b => b.Verdict == Verdict.Unchanged).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var table = MarkdownTable.Of(
            [BenchmarkColumn, AllocatedColumn, DeltaColumn, GcColumn],
            // A figure that moved visibly yet was not judged (every collection a full one, say) carries the note why.
            rows.Select(b => Figures(b, names, MarkdownCells.Reasons(b, result.GcCountsComparable))),
            "unchanged");
        // The blank line after <summary> lets GitHub render the markdown table inside the HTML block.
        return new ReportSection(
            $"<details><summary>{Count(rows.Count)} unchanged</summary>\n\n",
            table,
            "\n</details>\n\n");
    }

    /// <summary>The findings' reasons, and on a row whose figures moved, that they moved across versions.</summary>
    private static string Reasons(ComparisonResult result, BenchmarkComparison benchmark, string? versions)
    {
        var reasons = MarkdownCells.Reasons(benchmark, result.GcCountsComparable);
        return versions is null || !VersionChanges.CanHaveMoved(benchmark)
            ? reasons
            : (reasons.Length > 0 ? reasons + "<br>" : "") + $"⚠️ across versions: {versions}";
    }

    /// <summary>The name (with the reasons under it, small, when there are any) and the figures.</summary>
    private static IReadOnlyList<string> Figures(BenchmarkComparison benchmark, DisplayNames names, string reasons = "") =>
    [
        MarkdownCells.Name(names[benchmark.Id]) + (reasons.Length > 0 ? $"<br><sub>{reasons}</sub>" : ""),
        MarkdownCells.Allocated(benchmark),
        MarkdownCells.AllocatedDelta(benchmark),
        MarkdownCells.GcRates(benchmark),
    ];

    private static ReportSection Section(
        string heading,
        List<BenchmarkComparison> rows,
        IReadOnlyList<Column> columns,
        Func<BenchmarkComparison, IReadOnlyList<string>> cells,
        string noun) =>
        new($"### {heading} ({Count(rows.Count)})\n\n", MarkdownTable.Of(columns, rows.Select(cells), noun), "\n");

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
