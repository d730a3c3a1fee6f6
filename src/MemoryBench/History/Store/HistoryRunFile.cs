using System.Globalization;
using System.Text.RegularExpressions;

namespace MemoryBench.History.Store;

/// <summary>
/// Where a run is kept: <c>runs/{yyyyMMddTHHmmssZ}-{commit}.json</c>. Names sort as the runs do, so the last runs are
/// found from the folder's listing alone (the pull request's trend reads only those), and a commit's run is found by
/// its name's end.
/// </summary>
internal static partial class HistoryRunFile
{
    public const string Folder = "runs";

    public static string Name(string? commit, DateTimeOffset time)
    {
        var stamp = time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return commit is null ? $"{stamp}.json" : $"{stamp}-{commit}.json";
    }

    /// <summary>Whether a file name in the runs folder is the run of this commit.</summary>
    public static bool IsOf(string fileName, string commit) =>
        fileName.EndsWith($"-{commit}.json", StringComparison.Ordinal);

    /// <summary>Whether a file name is a run's: a stamp, an optional commit, ".json" (temporary files of a write are not).</summary>
    public static bool IsRun(string fileName) => RunName().IsMatch(fileName);

    /// <summary>
    /// A commit as the history keeps it: 4 to 64 hexadecimal digits (SHA-1 or SHA-256, abbreviated or whole), lower-case;
    /// null when it is not one. Only such names go into file names.
    /// </summary>
    public static string? Commit(string text) => Hexadecimal().IsMatch(text) ? text.ToLowerInvariant() : null;

    [GeneratedRegex("^[0-9]{8}T[0-9]{6}Z(-[0-9a-f]{4,64})?\\.json$")]
    private static partial Regex RunName();

    [GeneratedRegex("^[0-9a-fA-F]{4,64}$")]
    private static partial Regex Hexadecimal();
}
