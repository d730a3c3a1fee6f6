using System.Collections.Immutable;
using MemoryBench.Model;

namespace MemoryBench.Reading.Export;

/// <summary>
/// Reads the "MemoryBench" objects MemoryBench.BenchmarkDotNet's exporter adds to BenchmarkDotNet's full JSON: the run's
/// selection once per file, and each benchmark's categories, baseline flag, GC mode and <c>[MemoryBudget]</c>.
/// </summary>
internal static class ExportFacts
{
    public const int SchemaVersion = 1;

    /// <summary>Where the report says a budget read from the export comes from.</summary>
    public const string BudgetSource = "[MemoryBudget] attribute";

    /// <summary>Null for a plain BenchmarkDotNet export, which says nothing about its selection.</summary>
    /// <exception cref="InputException">The object is there but not what the exporter writes.</exception>
    public static RunSelection? Selection(string path, ExportedRun? run)
    {
        if (run is null)
        {
            return null;
        }

        const string Where = "$." + ExportedRun.PropertyName;
        if (run.SchemaVersion != SchemaVersion)
        {
            throw new InputException(
                path, $"{Where}.SchemaVersion", $"expected {SchemaVersion}, the version this MemoryBench reads (written by MemoryBench.BenchmarkDotNet of the same version)");
        }

        if (run.Selection is not { } selection)
        {
            return null;
        }

        var filters = selection.Filters ?? [];
        if (FigureBounds.FirstNull(filters) is var nullAt and >= 0)
        {
            throw new InputException(path, $"{Where}.Selection.Filters[{nullAt}]", "expected a string, found null");
        }

        if (selection is not { ShardIndex: { } index, ShardCount: { } count } || count < 1 || index < 1 || index > count)
        {
            throw new InputException(path, $"{Where}.Selection", "expected \"ShardIndex\" and \"ShardCount\" with 1 <= ShardIndex <= ShardCount");
        }

        return new RunSelection([.. filters.OfType<string>()], index, count);
    }

    /// <summary>
    /// The MemoryBench.BenchmarkDotNet that took part in the run: null for a plain BenchmarkDotNet export, "unknown" from
    /// an exporter that did not record its version yet.
    /// </summary>
    public static string? Version(ExportedRun? run) =>
        run is null ? null : run.Version is { Length: > 0 } version ? MemoryBenchVersion.WithoutBuildMetadata(version) : "unknown";

    /// <exception cref="InputException">A category is null.</exception>
    public static ImmutableArray<string> Categories(string path, string where, ExportedBenchmarkFacts? facts)
    {
        var categories = facts?.Categories ?? [];
        if (FigureBounds.FirstNull(categories) is var nullAt and >= 0)
        {
            throw new InputException(path, $"{where}.{ExportedRun.PropertyName}.Categories[{nullAt}]", "expected a string, found null");
        }

        return [.. categories.OfType<string>()];
    }

    /// <exception cref="InputException">The limit is negative or beyond any real figure.</exception>
    public static Budget? Budget(string path, string where, ExportedBenchmarkFacts? facts)
    {
        if (facts?.Budget is not { } budget)
        {
            return null;
        }

        if (budget.MaxBytesPerOperation is { } bytes)
        {
            FigureBounds.Count(path, $"{where}.{ExportedRun.PropertyName}.Budget.MaxBytesPerOperation", bytes);
        }

        return new Budget(budget.MaxBytesPerOperation, budget.NoGen2, budget.RetainsNothing, BudgetSource);
    }
}
