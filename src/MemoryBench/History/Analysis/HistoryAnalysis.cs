using System.Collections.Immutable;
using MemoryBench.Comparison;
using MemoryBench.History.ChangePoints;
using MemoryBench.Model;

namespace MemoryBench.History.Analysis;

/// <summary>The history's series, benchmark by benchmark, with the change points of each figure.</summary>
/// <param name="History">The runs analysed.</param>
/// <param name="Benchmarks">Every benchmark in any run, sorted by id.</param>
internal sealed record HistoryAnalysis(RunHistory History, ImmutableArray<BenchmarkSeries> Benchmarks)
{
    /// <summary>Every change, newest first, then by benchmark and figure.</summary>
    public ImmutableArray<FigureChange> Changes { get; } =
        [.. Benchmarks.SelectMany(b => b.Changes).OrderByDescending(c => c.Run).ThenBy(c => c.Benchmark).ThenBy(c => c.Figure)];

    /// <summary>Builds every series and finds its change points.</summary>
    /// <param name="history">The runs.</param>
    /// <param name="thresholds">The comparison's thresholds, which set each series' noise floor.</param>
    /// <param name="settings">The detector's settings.</param>
    public static HistoryAnalysis Of(RunHistory history, Thresholds thresholds, DetectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(settings);
        var runsOf = new SortedDictionary<BenchmarkId, List<int>>();
        for (var run = 0; run < history.Runs.Length; run++)
        {
            foreach (var id in history.Runs[run].Benchmarks.Keys)
            {
                if (!runsOf.TryGetValue(id, out var runs))
                {
                    runs = [];
                    runsOf.Add(id, runs);
                }

                runs.Add(run);
            }
        }

        var benchmarks = new BenchmarkSeries[runsOf.Count];
        var entries = runsOf.ToArray();
        Parallel.For(0, entries.Length, i => benchmarks[i] = Analyse(history, entries[i].Key, entries[i].Value, thresholds, settings));
        return new HistoryAnalysis(history, [.. benchmarks]);
    }

    private static BenchmarkSeries Analyse(RunHistory history, BenchmarkId id, List<int> runs, Thresholds thresholds, DetectionSettings settings)
    {
        var series = SeriesOf(history, id, runs, thresholds).ToImmutableArray();
        var changes = series
            .SelectMany(s => ChangePointDetector.Find(s.Values.AsSpan(), s.Floor, settings)
                .Select(change => new FigureChange(id, s.Figure, s.Runs[change.Index], change.Before, change.After, change.PValue)))
            .ToImmutableArray();
        return new BenchmarkSeries(id, series, changes);
    }

    private static IEnumerable<FigureSeries> SeriesOf(RunHistory history, BenchmarkId id, List<int> runs, Thresholds thresholds)
    {
        var measured = runs.Where(run => history.Runs[run].Benchmarks[id].Memory is not null).ToList();
        if (measured.Count > 0)
        {
            var memory = measured.Select(run => history.Runs[run].Benchmarks[id].Memory!).ToList();
            yield return new FigureSeries(
                Metric.AllocatedBytesPerOperation,
                [.. measured],
                [.. memory.Select(m => (double)m.BytesAllocatedPerOperation)],
                NoiseFloor.Allocated(memory, thresholds));
        }

        // Collection rates compare only under one gen0 budget: each stretch of agreeing budgets is a series of its own.
        foreach (var stretch in BudgetStretches(history, measured.Where(run => history.Runs[run].Benchmarks[id].Memory!.TotalOperations > 0)))
        {
            var memory = stretch.Select(run => history.Runs[run].Benchmarks[id].Memory!).ToList();
            foreach (var generation in GcGeneration.All)
            {
                yield return new FigureSeries(
                    generation,
                    [.. stretch],
                    [.. memory.Select(m => m.PerThousandOperations(generation)!.Value)],
                    NoiseFloor.CollectionRate(generation, memory, thresholds));
            }
        }

        var retainedRuns = runs.Where(run => history.Runs[run].Benchmarks[id].Retained is not null).ToList();
        if (retainedRuns.Count > 0)
        {
            var retained = retainedRuns.Select(run => history.Runs[run].Benchmarks[id].Retained!).ToList();
            yield return new FigureSeries(
                Metric.RetainedBytesPerOperation,
                [.. retainedRuns],
                [.. retained.Select(r => r.BytesPerOperation)],
                NoiseFloor.Retained(retained, thresholds));
        }
    }

    /// <summary>Runs split where the gen0 budget changes; runs whose budget is unknown compare with nothing and are left out.</summary>
    private static IEnumerable<List<int>> BudgetStretches(RunHistory history, IEnumerable<int> runs)
    {
        var stretch = new List<int>();
        Gen0Budget? current = null;
        foreach (var run in runs)
        {
            if (history.Runs[run].Environment?.Gen0Budget is not { } budget)
            {
                continue;
            }

            if (current is not null && !Gen0BudgetComparison.Agree(current, budget))
            {
                yield return stretch;
                stretch = [];
            }

            current = budget;
            stretch.Add(run);
        }

        if (stretch.Count > 0)
        {
            yield return stretch;
        }
    }
}
