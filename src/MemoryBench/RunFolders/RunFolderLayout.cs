using System.Collections.Immutable;

namespace MemoryBench.RunFolders;

/// <summary>
/// Where a run puts what it writes into its run folder (BenchmarkDotNet's <c>--artifacts</c>): BenchmarkDotNet's exports
/// in <c>results/</c> and its logs at the top, the report, the verdicts, the allocation profiles in <c>allocations/</c>,
/// and MemoryBench's manifest.
/// </summary>
internal static class RunFolderLayout
{
    public const string ManifestName = "memorybench-run.json";

    public const string ExportsFolder = "results";

    public const string ReportName = "report.md";

    public const string VerdictsName = "verdicts.json";

    /// <summary>Where BenchmarkDotNet writes the exports of a run into <paramref name="folder"/>.</summary>
    public static string ExportsOf(string folder) => Path.Join(folder, ExportsFolder);

    /// <summary>Where the markdown report of a run into <paramref name="folder"/> goes.</summary>
    public static string ReportOf(string folder) => Path.Join(folder, ReportName);

    /// <summary>Where the verdicts of a run into <paramref name="folder"/> go.</summary>
    public static string VerdictsOf(string folder) => Path.Join(folder, VerdictsName);

    /// <summary>True when BenchmarkDotNet wrote a full JSON export into <paramref name="folder"/>.</summary>
    public static bool HasExports(string folder) =>
        Directory.Exists(ExportsOf(folder)) && Directory.EnumerateFiles(ExportsOf(folder), "*-report-full*.json").Any();

    /// <summary>The folders a run writes into, by name.</summary>
    public static ImmutableArray<string> Folders { get; } = [ExportsFolder, Attribution.AllocationProfileStore.FolderName];

    /// <summary>
    /// True for a path a run writes by name, or reads as its own: the report, the verdicts, an export, a profile.
    /// </summary>
    /// <param name="path">Relative to the run folder, with '/' between folders.</param>
    public static bool IsOutput(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path is ReportName or VerdictsName
            || (path.StartsWith(ExportsFolder + "/", StringComparison.Ordinal) && path.Contains("-report-full", StringComparison.OrdinalIgnoreCase)
                && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (path.StartsWith(Attribution.AllocationProfileStore.FolderName + "/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
    }
}
