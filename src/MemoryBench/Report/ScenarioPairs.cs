using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Report;

/// <summary>
/// Finds the paired scenarios in a run: benchmarks of one category with the same parameters (and job), where the one
/// marked as baseline is the wasteful way and each other one a frugal way.
/// </summary>
internal static class ScenarioPairs
{
    /// <summary>Every pair with a measurement on both sides, ordered by category, then the ids.</summary>
    public static ImmutableArray<ScenarioPair> From(IEnumerable<BenchmarkResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var measured = results.Where(r => !r.Failed && r.Memory is not null);
        var groups = measured
            .SelectMany(r => r.Categories.Distinct(StringComparer.Ordinal).Select(category => (Category: category, Result: r)))
            .GroupBy(m => (m.Category, m.Result.Name.Parameters, m.Result.Name.Job));

        var pairs = new List<ScenarioPair>();
        foreach (var group in groups)
        {
            var members = group.Select(m => m.Result).ToList();
            // Without exactly one baseline there is no telling which way is the wasteful one.
            if (members.Count(r => r.IsBaseline) != 1)
            {
                continue;
            }

            var wasteful = members.Single(r => r.IsBaseline);
            pairs.AddRange(members.Where(r => !r.IsBaseline).Select(frugal => new ScenarioPair(group.Key.Category, wasteful, frugal)));
        }

        // A benchmark in several categories would otherwise pair with the same partner once per category.
        return [.. pairs
            .OrderBy(p => p.Category, StringComparer.Ordinal)
            .ThenBy(p => p.Wasteful.Id)
            .ThenBy(p => p.Frugal.Id)
            .DistinctBy(p => (p.Wasteful.Id, p.Frugal.Id))];
    }
}
