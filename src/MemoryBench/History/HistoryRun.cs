using MemoryBench.Model;

namespace MemoryBench.History;

/// <summary>One run of the default branch as the history keeps it.</summary>
/// <param name="Commit">The commit that was measured, lower-case hexadecimal; null when the run was added without one.</param>
/// <param name="Time">When the run was made (the commit's time, as the action adds it), in UTC; the history is ordered by it.</param>
/// <param name="Environment">Where it ran, with its gen0 budget; null when its exports disagree on the machine.</param>
/// <param name="Benchmarks">Every benchmark that has figures in the run, by id.</param>
internal sealed record HistoryRun(
    string? Commit,
    DateTimeOffset Time,
    EnvironmentFingerprint? Environment,
    IReadOnlyDictionary<BenchmarkId, HistoryFigures> Benchmarks)
{
    /// <summary>The first twelve digits of the commit, or the time when the run has no commit: how a person names the run.</summary>
    public string Label => Commit is { } commit ? commit[..Math.Min(12, commit.Length)] : Time.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The run as the history records it: every benchmark with figures; failed benchmarks and those without memory figures are left out.</summary>
    public static HistoryRun From(RunResults run, string? commit, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(run);
        var benchmarks = new Dictionary<BenchmarkId, HistoryFigures>();
        foreach (var benchmark in run.Benchmarks)
        {
            if (!benchmark.Failed && (benchmark.Memory is not null || benchmark.Retained is not null))
            {
                benchmarks[benchmark.Id] = new HistoryFigures(benchmark.Memory, benchmark.Retained);
            }
        }

        return new HistoryRun(commit, time.ToUniversalTime(), run.Environment, benchmarks);
    }
}
