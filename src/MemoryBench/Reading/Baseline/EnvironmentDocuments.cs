using MemoryBench.Model;

namespace MemoryBench.Reading.Baseline;

/// <summary>
/// The environment as MemoryBench's own files store it (the baseline, each run of a history): one schema, so a
/// fingerprint reads the same wherever it was written.
/// </summary>
internal static class EnvironmentDocuments
{
    public static BaselineEnvironmentDocument? ToDocument(EnvironmentFingerprint? environment) =>
        environment is null
            ? null
            : new BaselineEnvironmentDocument(
                environment.Os, environment.Architecture, environment.Runtime, environment.ProcessorCount, environment.GcMode)
            {
                Gen0Budget = environment.Gen0Budget is { } budget ? new BaselineGen0BudgetDocument(budget.Bytes, SourceName(budget.Source)) : null,
            };

    /// <param name="path">The file, for errors.</param>
    /// <param name="document">The environment as read.</param>
    /// <param name="inferred">The budget to take when the file has none (older files), from their figures.</param>
    /// <exception cref="InputException">The budget is impossible.</exception>
    public static EnvironmentFingerprint? FromDocument(string path, BaselineEnvironmentDocument? document, Func<Gen0Budget?> inferred)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        return document is null
            ? null
            : new EnvironmentFingerprint(document.Os, document.Architecture, document.Runtime, document.ProcessorCount, document.GcMode)
            {
                Gen0Budget = document.Gen0Budget is { } budget
                    ? new Gen0Budget(PositiveBytes(path, budget.Bytes), ParseSource(path, budget.Source))
                    : inferred(),
            };
    }

    private static long PositiveBytes(string path, long bytes)
    {
        FigureBounds.Count(path, "$.environment.gen0Budget.bytes", bytes);
        return bytes > 0 ? bytes : throw new InputException(path, "$.environment.gen0Budget.bytes", "expected a budget of at least one byte, got 0");
    }

    private static string SourceName(Gen0BudgetSource source) => source == Gen0BudgetSource.Pinned ? "pinned" : "inferred";

    private static Gen0BudgetSource ParseSource(string path, string source) => source switch
    {
        "pinned" => Gen0BudgetSource.Pinned,
        "inferred" => Gen0BudgetSource.Inferred,
        _ => throw new InputException(path, "$.environment.gen0Budget.source", $"expected \"pinned\" or \"inferred\", got \"{source}\""),
    };
}
