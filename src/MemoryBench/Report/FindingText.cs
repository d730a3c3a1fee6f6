using System.Globalization;
using MemoryBench.Comparison;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// A finding in words for the console, the markdown report and the verdicts JSON: its figures formatted as the table
/// cells format them (<see cref="ByteSize"/>, <see cref="DeltaText"/>, <see cref="NumberText"/>), and the allowance it
/// was judged by; how allowances are made is said once, in the report's footnote.
/// </summary>
internal static class FindingText
{
    /// <summary>One compact sentence without its full stop: "Allocated +24 B (+0.11%), allowed ±8.1 B".</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="ascii">Plain ASCII signs and arrows, for consoles that may not show Unicode.</param>
    public static string Reason(Finding finding, bool ascii = false)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var symbols = ascii ? Symbols.Ascii : Symbols.Unicode;
        return finding.Cause switch
        {
            AllocationChange change =>
                $"Allocated {Delta(finding, symbols)}, allowed {symbols.PlusMinus}{ByteSize.Format(change.Allowance)}",
            RateChange change =>
                $"{Label(finding.Metric)} {Number(change.Baseline.PerThousandOperations)}{symbols.Arrow}{Number(change.Current.PerThousandOperations)} " +
                $"per 1k ops ({DeltaText.Relative(change.Baseline.PerThousandOperations, change.Current.PerThousandOperations, ascii)}; " +
                $"{Count(change.Current.Count)} in {Count(change.Current.Operations)} ops), allowed {symbols.PlusMinus}{Number(change.Allowance)}",
            Gen2Appeared appeared =>
                $"Gen2 appeared: {Count(appeared.Current.Count)} in {Count(appeared.Current.Operations)} ops, " +
                $"none in the baseline's {Count(appeared.BaselineOperations)}",
            LeakChange leak =>
                $"{LeakText.Of(leak.Change)}: retains {Retained(leak.Current, symbols)}, baseline {Retained(leak.Baseline, symbols)}; " +
                $"allowed {symbols.PlusMinus}{ByteSize.Format(leak.Allowance)}" +
                (leak.LumpFactor is { } factor ? $" and {symbols.Times}{Number(factor)}" : ""),
            TimeChange time =>
                $"Time {Nanoseconds(finding.Baseline)}{symbols.Arrow}{Nanoseconds(finding.Current)} median " +
                $"({DeltaText.Relative(finding.Baseline ?? 0, finding.Current ?? 0, ascii)}), threshold {Percent(time.Threshold)} " +
                $"({time.BaselineMeasurements} and {time.CurrentMeasurements} measurements)",
            OverBudget budget => OverBudgetText(finding, budget, symbols),
            BudgetUnchecked notChecked =>
                $"Budget \"{Requirement(notChecked.Requirement, finding.Baseline)}\" of {notChecked.Source} not checked: {notChecked.Missing}",
            Note note when finding.Kind == FindingKind.NotComparable => $"{Label(finding.Metric)} not compared: {Sentence(note.Text)}",
            Note note => Sentence(note.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Cause, "Unknown cause."),
        };
    }

    /// <summary>What the figure is called in a reason: "Allocated", "Gen0", "Retained memory".</summary>
    public static string Label(Metric metric) => metric switch
    {
        Metric.AllocatedBytesPerOperation => "Allocated bytes",
        Metric.Gen0Collections => "Gen0",
        Metric.Gen1Collections => "Gen1",
        Metric.Gen2Collections => "Gen2",
        Metric.Time => "Time",
        Metric.RetainedBytesPerOperation => "Retained memory",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    private static string OverBudgetText(Finding finding, OverBudget budget, Symbols symbols) => budget.Requirement switch
    {
        BudgetRequirement.MaxBytesPerOperation =>
            $"Over budget: {ByteSize.Format(finding.Current ?? 0)}/op where {budget.Source} allows {ByteSize.Format(finding.Baseline ?? 0)}",
        BudgetRequirement.NoGen2 when budget.Collections is { } collections =>
            $"Over budget: {Count(collections.Count)} Gen2 in {Count(collections.Operations)} ops where {budget.Source} allows none",
        BudgetRequirement.RetainsNothing when budget.Retained is { } retained =>
            $"Over budget: retains {Retained(retained, symbols)} where {budget.Source} allows none",
        _ => $"Over budget: {Requirement(budget.Requirement, finding.Baseline)} set by {budget.Source}",
    };

    private static string Requirement(BudgetRequirement requirement, double? limit) => requirement switch
    {
        BudgetRequirement.MaxBytesPerOperation => $"at most {ByteSize.Format(limit ?? 0)}/op",
        BudgetRequirement.NoGen2 => "no Gen2 collections",
        BudgetRequirement.RetainsNothing => "retains nothing",
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Unknown budget requirement."),
    };

    // Notes are written as sentences; every reason ends the same way, and the console adds the full stop.
    private static string Sentence(string text) => text.TrimEnd().TrimEnd('.');

    private static string Delta(Finding finding, Symbols symbols) =>
        DeltaText.Format(finding.Baseline ?? 0, finding.Current ?? 0, symbols == Symbols.Ascii);

    private static string Retained(RetainedMemory retained, Symbols symbols) => RetainedText.Of(retained, symbols == Symbols.Ascii) + " per op";

    private static string Number(double value) => NumberText.Significant(value);

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => NumberText.Significant(fraction * 100) + "%";

    private static string Nanoseconds(double? nanoseconds) => nanoseconds is { } value ? NumberText.Significant(value) + " ns" : "n/a";

    private sealed record Symbols(string Arrow, string PlusMinus, string Times)
    {
        public static readonly Symbols Unicode = new("\u00a0\u2192 ", "\u00b1", "\u00d7");
        public static readonly Symbols Ascii = new(" -> ", "+-", "x");
    }
}
