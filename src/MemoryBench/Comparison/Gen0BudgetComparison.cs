using System.Globalization;
using MemoryBench.Model;

namespace MemoryBench.Comparison;

/// <summary>Whether two runs allocated under the same gen0 budget, so that their GC counts mean the same.</summary>
internal static class Gen0BudgetComparison
{
    /// <summary>
    /// How far two budgets may differ when one is inferred: an estimate from ten or more collections is
    /// within about 11% (see <see cref="Gen0BudgetInference.MinimumCollections"/>). Budgets of real
    /// machines differ by far more (docs/measurements.md, "GC counts on every machine").
    /// </summary>
    public const double InferredTolerance = 0.15;

    /// <summary>Pinned budgets agree only when equal; an inferred one within <see cref="InferredTolerance"/>.</summary>
    public static bool Agree(Gen0Budget first, Gen0Budget second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Source == Gen0BudgetSource.Pinned && second.Source == Gen0BudgetSource.Pinned)
        {
            return first.Bytes == second.Bytes;
        }

        var (smaller, larger) = first.Bytes <= second.Bytes ? (first.Bytes, second.Bytes) : (second.Bytes, first.Bytes);
        return smaller > 0 && larger <= smaller * (1 + InferredTolerance);
    }

    /// <summary>Null when the budgets agree; otherwise why the GC counts cannot be compared, with both budgets.</summary>
    public static string? Difference(Gen0Budget? baseline, Gen0Budget? current) => (baseline, current) switch
    {
        (null, null) => $"the gen0 budget is unknown in both runs ({WhyUnknown})",
        (null, { } now) => $"the gen0 budget is unknown in the baseline ({WhyUnknown}), {Describe(now)} now",
        ({ } before, null) => $"gen0 budget {Describe(before)} in the baseline, unknown now ({WhyUnknown})",
        ({ } before, { } now) when !Agree(before, now) => $"gen0 budget {Describe(before)} in the baseline, {Describe(now)} now",
        _ => null,
    };

    private const string WhyUnknown =
        "not pinned with DOTNET_GCgen0size, and its figures give no single budget: too few gen0 collections, or jobs under different budgets";

    /// <summary>"8 MiB (pinned)" or "about 18 MiB (inferred)".</summary>
    public static string Describe(Gen0Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var mebibytes = (budget.Bytes / (1024.0 * 1024)).ToString(budget.Bytes >= 10 * 1024 * 1024 ? "0" : "0.#", CultureInfo.InvariantCulture);
        return budget.Source == Gen0BudgetSource.Pinned
            ? $"{mebibytes} MiB (pinned)"
            : $"about {mebibytes} MiB (inferred)";
    }
}
