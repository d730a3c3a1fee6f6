using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MemoryBench.Model;

namespace MemoryBench.History.Rendering;

/// <summary>
/// A run in the OpenMetrics text format (the exposition Prometheus reads, and <c>promtool tsdb create-blocks-from
/// openmetrics</c> backfills): one metric family per figure with its TYPE, UNIT and HELP, every sample labelled with
/// the benchmark, stamped with the run's time when it is known, and <c># EOF</c> at the end. The commit and the
/// environment are one info metric, so each benchmark's figures stay one series across commits.
/// </summary>
internal static partial class OpenMetricsText
{
    /// <param name="run">The run.</param>
    /// <param name="timestamped">Whether to stamp the samples with the run's time (false for a run read from exports, which has none).</param>
    /// <param name="labels">Labels every sample gets (a repository, a machine), already checked with <see cref="IsLabelName"/>.</param>
    public static string Render(HistoryRun run, bool timestamped, IReadOnlyList<(string Name, string Value)> labels)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(labels);
        var stamp = timestamped
            ? " " + (run.Time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture)
            : "";
        var shared = string.Concat(labels.Select(label => $",{label.Name}=\"{LabelValue(label.Value)}\""));
        var benchmarks = run.Benchmarks.OrderBy(b => b.Key).ToList();
        var text = new StringBuilder();

        Family(text, "memorybench_run", "info", null, "The run: its commit and the machine it ran on.");
        var environment = run.Environment;
        text.Append("memorybench_run_info{commit=\"").Append(LabelValue(run.Commit ?? ""))
            .Append("\",os=\"").Append(LabelValue(environment?.Os ?? ""))
            .Append("\",architecture=\"").Append(LabelValue(environment?.Architecture ?? ""))
            .Append("\",runtime=\"").Append(LabelValue(environment?.Runtime ?? ""))
            .Append("\",processor_count=\"").Append(environment is null ? "" : environment.ProcessorCount.ToString(CultureInfo.InvariantCulture))
            .Append("\",gc_mode=\"").Append(LabelValue(environment?.GcMode ?? "")).Append('"').Append(shared).Append("} 1").Append(stamp).Append('\n');

        if (environment?.Gen0Budget is { } budget)
        {
            Family(text, "memorybench_gen0_budget_bytes", "gauge", "bytes", "Bytes allocated between two gen0 collections in the run, pinned by the job or inferred from its figures.");
            text.Append("memorybench_gen0_budget_bytes{source=\"").Append(budget.Source == Gen0BudgetSource.Pinned ? "pinned" : "inferred")
                .Append('"').Append(shared).Append("} ").Append(Number(budget.Bytes)).Append(stamp).Append('\n');
        }

        var memory = benchmarks.Where(b => b.Value.Memory is not null).ToList();
        if (memory.Count > 0)
        {
            Family(text, "memorybench_allocated_per_operation_bytes", "gauge", "bytes", "Bytes allocated per benchmark operation (BenchmarkDotNet's Allocated/op).");
            foreach (var (id, figures) in memory)
            {
                Sample(text, "memorybench_allocated_per_operation_bytes", id, "", shared, Number(figures.Memory!.BytesAllocatedPerOperation), stamp);
            }

            Family(text, "memorybench_collections_per_operation", "gauge", null, "Garbage collections per benchmark operation, by generation; compare runs under the same gen0 budget only.");
            foreach (var (id, figures) in memory.Where(b => b.Value.Memory!.TotalOperations > 0))
            {
                var counts = figures.Memory!;
                foreach (var (generation, count) in new[] { ("0", counts.Gen0Collections), ("1", counts.Gen1Collections), ("2", counts.Gen2Collections) })
                {
                    Sample(text, "memorybench_collections_per_operation", id, $",generation=\"{generation}\"", shared, Number((double)count / counts.TotalOperations), stamp);
                }
            }

            Family(text, "memorybench_measured_operations", "gauge", null, "Operations the collection counts were taken over.");
            foreach (var (id, figures) in memory)
            {
                Sample(text, "memorybench_measured_operations", id, "", shared, Number(figures.Memory!.TotalOperations), stamp);
            }
        }

        var retained = benchmarks.Where(b => b.Value.Retained is not null).ToList();
        if (retained.Count > 0)
        {
            Family(text, "memorybench_retained_per_operation_bytes", "gauge", "bytes", "Bytes still reachable after full collections per benchmark operation (a leak when above zero beyond its standard error).");
            foreach (var (id, figures) in retained)
            {
                Sample(text, "memorybench_retained_per_operation_bytes", id, "", shared, Number(figures.Retained!.BytesPerOperation), stamp);
            }

            Family(text, "memorybench_retained_per_operation_standard_error_bytes", "gauge", "bytes", "The standard error of the retained bytes per operation.");
            foreach (var (id, figures) in retained)
            {
                Sample(text, "memorybench_retained_per_operation_standard_error_bytes", id, "", shared, Number(figures.Retained!.StandardErrorBytes), stamp);
            }
        }

        return text.Append("# EOF\n").ToString();
    }

    /// <summary>A label name OpenMetrics allows and that is not one of the export's own labels.</summary>
    public static bool IsLabelName(string name) =>
        LabelName().IsMatch(name) && !name.StartsWith("__", StringComparison.Ordinal)
        && name is not ("benchmark" or "generation" or "source" or "commit" or "os" or "architecture" or "runtime" or "processor_count" or "gc_mode");

    private static void Family(StringBuilder text, string name, string type, string? unit, string help)
    {
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        if (unit is not null)
        {
            text.Append("# UNIT ").Append(name).Append(' ').Append(unit).Append('\n');
        }

        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n');
    }

    private static void Sample(StringBuilder text, string name, BenchmarkId id, string labels, string shared, string value, string stamp) =>
        text.Append(name).Append("{benchmark=\"").Append(LabelValue(id.Value)).Append('"').Append(labels).Append(shared)
            .Append("} ").Append(value).Append(stamp).Append('\n');

    /// <summary>A label value as OpenMetrics escapes it: backslash, double quote and line feed.</summary>
    public static string LabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
