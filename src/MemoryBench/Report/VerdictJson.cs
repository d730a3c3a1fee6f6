using System.Text.Encodings.Web;
using System.Text.Json;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>The comparison's verdicts as JSON for machines: per benchmark id, its verdict and findings, plus totals and environments.</summary>
public static class VerdictJson
{
    /// <summary>2: a finding's reason became its cause as figures plus the reports' sentence.</summary>
    public const int SchemaVersion = 2;

    // The default encoder writes "+" as \u002B, which makes reasons unreadable in the file; the document is never
    // embedded in HTML, so HTML-sensitive characters need no escaping.
    private static readonly VerdictJsonContext Context = new(new JsonSerializerOptions(VerdictJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The document for a comparison, in a stable order: benchmarks by id, findings by metric then kind.</summary>
    internal static VerdictDocument ToDocument(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var summary = VerdictSummary.Of(result);
        return new VerdictDocument(
            SchemaVersion,
            result.Passed,
            ExitCodes.Of(result),
            new VerdictTotals(
                summary.Total,
                summary.Failed,
                summary.OverBudget,
                summary.Regressed,
                summary.Improved,
                summary.Unchanged,
                summary.New,
                summary.Removed,
                summary.NotRun),
            result.GcCountsComparable,
            result.NotComparableReason,
            result.BaselineEnvironment,
            result.CurrentEnvironment,
            result.Thresholds,
            [.. result.Benchmarks
                .OrderBy(b => b.Id)
                .Select(b => new BenchmarkVerdict(
                    b.Id.Value,
                    b.Verdict,
                    [.. b.Findings.OrderBy(f => f.Metric).ThenBy(f => f.Kind).Select(Document)],
                    Figures(b.Baseline),
                    Figures(b.Current)))],
            result.Coverage,
            result.Warnings)
        {
            MemoryBenchVersion = Model.MemoryBenchVersion.Current,
            BaselineToolchain = result.BaselineToolchain,
            CurrentToolchain = result.CurrentToolchain,
        };
    }

    /// <summary>The indented JSON of <see cref="ToDocument"/>, ending with a newline.</summary>
    public static string Write(ComparisonResult result) => Write(ToDocument(result));

    /// <summary>The document as indented JSON, ending with a newline.</summary>
    internal static string Write(VerdictDocument document) => JsonSerializer.Serialize(document, Context.VerdictDocument) + "\n";

    /// <summary>Reads what <see cref="Write(VerdictDocument)"/> wrote.</summary>
    /// <exception cref="JsonException">The text is not a verdicts document.</exception>
    internal static VerdictDocument Read(string json) =>
        JsonSerializer.Deserialize(json, Context.VerdictDocument)
        ?? throw new JsonException("The verdicts document is null.");

    private static FindingDocument Document(Finding finding) =>
        new(finding.Metric, finding.Kind, finding.Baseline, finding.Current, finding.Cause, FindingText.Reason(finding));

    private static BenchmarkFigures? Figures(BenchmarkResult? result) =>
        result is null ? null : new BenchmarkFigures(result.Failed, result.Memory, result.Retained, result.Time?.MeanNanoseconds);
}
