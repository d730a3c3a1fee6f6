using System.Globalization;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>Whether two runs' collection counts can be compared, and if not, why, in words.</summary>
/// <param name="Comparable">True when both fingerprints are known and equal.</param>
/// <param name="Reason">What differs ("processor count 2 vs 4; GC mode Server vs Workstation"); null when comparable.</param>
internal sealed record EnvironmentComparison(bool Comparable, string? Reason)
{
    /// <summary>
    /// Compares every part of the fingerprint: the gen0 budget follows the cache size unless the job pins
    /// it, server and workstation GC collect differently, and a runtime update may tune either.
    /// </summary>
    public static EnvironmentComparison Of(EnvironmentFingerprint? baseline, EnvironmentFingerprint? current)
    {
        if (baseline is null || current is null)
        {
            var unknown = (baseline, current) switch
            {
                (null, null) => "neither run records its environment",
                (null, _) => "the baseline does not record its environment",
                _ => "the current run does not record its environment",
            };
            return new EnvironmentComparison(false, unknown);
        }

        var differences = new List<string>();
        AddIfDifferent(differences, "OS", baseline.Os, current.Os);
        AddIfDifferent(differences, "architecture", baseline.Architecture, current.Architecture);
        AddIfDifferent(differences, "runtime", baseline.Runtime, current.Runtime);
        AddIfDifferent(
            differences,
            "processor count",
            baseline.ProcessorCount.ToString(CultureInfo.InvariantCulture),
            current.ProcessorCount.ToString(CultureInfo.InvariantCulture));
        AddIfDifferent(differences, "GC mode", baseline.GcMode, current.GcMode);
        if (Gen0BudgetComparison.Difference(baseline.Gen0Budget, current.Gen0Budget) is { } budgets)
        {
            differences.Add(budgets);
        }

        return differences.Count == 0
            ? new EnvironmentComparison(true, null)
            : new EnvironmentComparison(false, string.Join("; ", differences));
    }

    private static void AddIfDifferent(List<string> differences, string part, string baseline, string current)
    {
        if (!string.Equals(baseline, current, StringComparison.Ordinal))
        {
            differences.Add($"{part} {baseline} vs {current}");
        }
    }
}
