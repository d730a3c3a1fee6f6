using System.Collections.Immutable;
using MemoryBench.Budgets;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>Compares a run with the baseline and the budgets: every benchmark in either gets exactly one verdict.</summary>
public static class Comparer
{
    /// <summary>
    /// One <see cref="BenchmarkComparison"/> per benchmark id in either run, sorted by id. A benchmark
    /// only in the baseline is Removed (NotRun when the current run was filtered or sharded); one only in the
    /// current run is New, unless it failed or broke a budget. Collection counts are judged only when both environments match.
    /// </summary>
    /// <remarks>Benchmarks whose ids differ only by the job are matched as <see cref="BaselineMatching"/> explains.</remarks>
    /// <exception cref="ArgumentException">A run holds the same benchmark id twice.</exception>
    public static ComparisonResult Compare(RunResults baseline, RunResults current, BudgetSet budgets, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(thresholds);

        var environment = EnvironmentComparison.Of(baseline.Environment, current.Environment);
        var runMeasuredMemory = current.Benchmarks.Any(b => b.Memory is not null);
        var benchmarks = BaselineMatching.Pair(baseline.Benchmarks, current.Benchmarks)
            .Select(match => CompareOne(match, current.Coverage, runMeasuredMemory, budgets, thresholds, environment))
            .ToImmutableArray();

        return new ComparisonResult(
            benchmarks,
            baseline.Environment,
            current.Environment,
            environment.Comparable,
            environment.Reason,
            thresholds)
        {
            Coverage = current.Coverage,
            BaselineToolchain = baseline.Toolchain,
            CurrentToolchain = current.Toolchain,
            Warnings = [.. current.Warnings, .. UnmatchedBudgets(budgets, current)],
        };
    }

    private static BenchmarkComparison CompareOne(
        BaselineMatch match,
        RunCoverage coverage,
        bool runMeasuredMemory,
        BudgetSet budgets,
        Thresholds thresholds,
        EnvironmentComparison environment)
    {
        var (id, baseline, current, ambiguity) = match;
        if (current is null)
        {
            return coverage.IsPartial
                ? new BenchmarkComparison(id, Verdict.NotRun, [], baseline, current)
                : Removed(id, baseline);
        }

        if (ambiguity is not null)
        {
            Finding[] unmatched = [new(Metric.AllocatedBytesPerOperation, FindingKind.Failure, null, current.Memory?.BytesAllocatedPerOperation, new Note(ambiguity))];
            return new BenchmarkComparison(id, Verdict.Failed, [.. unmatched], baseline, current);
        }

        if (current.Failed)
        {
            Finding[] failure =
            [
                new(Metric.AllocatedBytesPerOperation, FindingKind.Failure, baseline?.Memory?.BytesAllocatedPerOperation, null,
                    new Note("The benchmark failed: the run produced no usable measurement.")),
            ];
            return new BenchmarkComparison(id, Verdict.Failed, [.. failure], baseline, current);
        }

        // Dropping the memory diagnoser must not turn the gate into a pass: a benchmark the baseline measured, or any
        // benchmark of a run that measured no memory at all, fails without memory figures.
        if (current.Memory is null && (baseline?.Memory is not null || !runMeasuredMemory))
        {
            var why = runMeasuredMemory ? "this benchmark has memory figures in the baseline" : "no benchmark of this run has memory figures";
            Finding[] unmeasured =
            [
                new(Metric.AllocatedBytesPerOperation, FindingKind.Failure, baseline?.Memory?.BytesAllocatedPerOperation, null,
                    new Note($"Memory was not measured in this run ({why}): {BudgetCheck.MemoryNotMeasured}.")),
            ];
            return new BenchmarkComparison(id, Verdict.Failed, [.. unmeasured], baseline, current);
        }

        var findings = BudgetCheck.Judge(budgets.For(current), current, thresholds);
        if (baseline is not null)
        {
            findings = findings.AddRange(AgainstBaseline(baseline, current, thresholds, environment));
        }

        return new BenchmarkComparison(id, VerdictPrecedence.Of(findings, baseline is not null), findings, baseline, current);
    }

    // A pattern that matches nothing is most likely misspelt, and a misspelt budget protects nothing.
    private static IEnumerable<string> UnmatchedBudgets(BudgetSet budgets, RunResults current) =>
        budgets.Rules
            .Where(rule => !current.Benchmarks.Any(benchmark => rule.Pattern.Matches(benchmark.Id, benchmark.Name)))
            .Select(rule => $"The budget of {rule.Budget.Source} matches no benchmark of this run; check its pattern.");

    private static BenchmarkComparison Removed(BenchmarkId id, BenchmarkResult? baseline)
    {
        Finding[] removed =
        [
            new(Metric.AllocatedBytesPerOperation, FindingKind.Failure, baseline?.Memory?.BytesAllocatedPerOperation, null,
                new Note("Removed: the baseline has this benchmark and this run of every benchmark did not measure it; " +
                    "update the baseline in the same change if this was intended.")),
        ];
        return new BenchmarkComparison(id, Verdict.Removed, [.. removed], baseline, null);
    }

    private static IEnumerable<Finding> AgainstBaseline(
        BenchmarkResult baseline, BenchmarkResult current, Thresholds thresholds, EnvironmentComparison environment)
    {
        if (baseline.Failed)
        {
            yield return new Finding(
                Metric.AllocatedBytesPerOperation, FindingKind.NotComparable, null, current.Memory?.BytesAllocatedPerOperation,
                new Note("the baseline of this benchmark failed, so it has no figures to compare with."));
            yield break;
        }

        foreach (var finding in MemoryFindings(baseline.Memory, current.Memory, thresholds, environment))
        {
            yield return finding;
        }

        if (RetainedMemoryRule.Judge(baseline.Retained, current.Retained, thresholds) is { } retained)
        {
            yield return retained;
        }

        if (thresholds.TimeRelativeThreshold is { } timeThreshold && TimeRule.Judge(baseline.Time, current.Time, timeThreshold) is { } time)
        {
            yield return time;
        }
    }

    private static IEnumerable<Finding> MemoryFindings(
        MemoryMetrics? baseline, MemoryMetrics? current, Thresholds thresholds, EnvironmentComparison environment)
    {
        if (baseline is null && current is not null)
        {
            // Whatever this run allocates would read as unchanged against an entry without figures.
            yield return new Finding(
                Metric.AllocatedBytesPerOperation, FindingKind.Failure, null, current.BytesAllocatedPerOperation,
                new Note("The baseline has no memory figures for this benchmark (it was made from a run without the memory diagnoser), " +
                    "so its memory cannot be compared: update the baseline from a run that measures memory."));
            yield break;
        }

        if (baseline is null || current is null)
        {
            var side = baseline is null ? "in either run" : "in the current run";
            yield return new Finding(
                Metric.AllocatedBytesPerOperation, FindingKind.NotComparable, baseline?.BytesAllocatedPerOperation, current?.BytesAllocatedPerOperation,
                new Note($"memory not measured {side} (no memory diagnoser)."));
            yield break;
        }

        if (AllocatedBytesRule.Judge(baseline, current, thresholds) is { } allocated)
        {
            yield return allocated;
        }

        foreach (var generation in GcGeneration.All)
        {
            var finding = environment.Comparable
                ? GcFinding(generation, baseline, current, thresholds)
                : new Finding(
                    generation, FindingKind.NotComparable,
                    baseline.PerThousandOperations(generation), current.PerThousandOperations(generation),
                    new Note($"the environments differ ({environment.Reason})."));
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static Finding? GcFinding(Metric generation, MemoryMetrics baseline, MemoryMetrics current, Thresholds thresholds) =>
        (generation == Metric.Gen2Collections ? Gen2AppearanceRule.Judge(baseline, current) : null)
        ?? GcCountRule.Judge(generation, baseline, current, thresholds);
}
