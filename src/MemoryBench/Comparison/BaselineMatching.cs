using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>
/// Pairs current results with baseline entries. Ids match first. An id carries the job only where one type ran
/// under several jobs, so adding, removing or renaming a job changes ids without changing what was measured:
/// entries left over that differ only by job are still paired, never let go as "new" and "removed" (that would
/// hide a regression). A current result with a same-job baseline entry takes it; otherwise it takes the only
/// baseline entry of that benchmark; when the baseline has several and none of the same job, the match is
/// ambiguous, and the comparison says so rather than guess.
/// </summary>
internal static class BaselineMatching
{
    /// <exception cref="ArgumentException">A side holds the same benchmark id twice.</exception>
    public static IReadOnlyList<BaselineMatch> Pair(IReadOnlyList<BenchmarkResult> baseline, IReadOnlyList<BenchmarkResult> current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(current);
        var before = ById(baseline, nameof(baseline));
        var after = ById(current, nameof(current));

        var matches = new List<BaselineMatch>(before.Count + after.Count);
        var pairedBaseline = new HashSet<BenchmarkId>();
        var leftOverBaseline = before.Values.Where(b => !after.ContainsKey(b.Id)).ToLookup(WithoutJob);
        foreach (var result in after.Values)
        {
            if (before.TryGetValue(result.Id, out var same))
            {
                matches.Add(new BaselineMatch(result.Id, same, result, null));
                pairedBaseline.Add(same.Id);
                continue;
            }

            var candidates = leftOverBaseline[WithoutJob(result)].ToList();
            var sameJob = candidates.Where(b => b.Name.Job == result.Name.Job).ToList();
            var chosen = sameJob.Count == 1 ? sameJob[0] : candidates.Count == 1 ? candidates[0] : null;
            if (chosen is not null)
            {
                pairedBaseline.Add(chosen.Id);
            }

            matches.Add(new BaselineMatch(
                result.Id,
                chosen,
                result,
                chosen is null && candidates.Count > 1 ? Ambiguous(result, candidates) : null));
        }

        matches.AddRange(before.Values
            .Where(b => !pairedBaseline.Contains(b.Id) && !after.ContainsKey(b.Id))
            .Select(b => new BaselineMatch(b.Id, b, null, null)));
        return [.. matches.OrderBy(match => match.Id)];
    }

    private static BenchmarkId WithoutJob(BenchmarkResult result) => BenchmarkIdentity.Of(result.Name, includeJob: false);

    private static string Ambiguous(BenchmarkResult result, List<BenchmarkResult> candidates) =>
        $"Not compared: the baseline has this benchmark under {candidates.Count} jobs " +
        $"({string.Join(", ", candidates.Select(c => c.Name.Job).Order(StringComparer.Ordinal))}) and this run measured it under job " +
        $"{result.Name.Job}, so no baseline entry can be chosen; run it under one of those jobs or update the baseline in the same change.";

    private static Dictionary<BenchmarkId, BenchmarkResult> ById(IReadOnlyList<BenchmarkResult> run, string side)
    {
        var byId = new Dictionary<BenchmarkId, BenchmarkResult>(run.Count);
        foreach (var benchmark in run)
        {
            if (!byId.TryAdd(benchmark.Id, benchmark))
            {
                throw new ArgumentException($"The {side} run holds benchmark {benchmark.Id} twice.", side);
            }
        }

        return byId;
    }
}
