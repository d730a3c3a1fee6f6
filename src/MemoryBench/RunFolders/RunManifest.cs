using System.Collections.Immutable;

namespace MemoryBench.RunFolders;

/// <summary>
/// The marker and manifest of a run folder MemoryBench owns (<c>memorybench-run.json</c>): that MemoryBench made or
/// adopted the folder, which files its last run wrote (removed before the next run, when they are still as written),
/// and which files were there before that run and are never removed.
/// </summary>
/// <param name="SchemaVersion">The version of this file's schema.</param>
/// <param name="About">What the file is, for a person who finds it in the folder.</param>
/// <param name="Run">The last run; null before the first.</param>
/// <param name="Written">The files the last run wrote, relative to the folder with '/' between folders.</param>
/// <param name="Kept">The files that were in the folder before the last run began and are not MemoryBench's.</param>
internal sealed record RunManifest(
    int SchemaVersion,
    string About,
    RunRecord? Run,
    ImmutableArray<WrittenFile> Written,
    ImmutableArray<string> Kept)
{
    public const int CurrentSchemaVersion = 1;

    public const string Description =
        "MemoryBench made this folder for its runs. Before each run it removes the files its last run wrote, listed here, " +
        "if they are as it wrote them; it never removes anything else. Remove this file and MemoryBench treats the folder as yours.";

    /// <summary>The manifest of a folder MemoryBench has just made or adopted: no run yet.</summary>
    public static RunManifest New { get; } = new(CurrentSchemaVersion, Description, null, [], []);
}

/// <summary>One run in a run folder.</summary>
/// <param name="Id">The run's id, which its processes carry in their environment.</param>
/// <param name="ProcessId">The process that ran it.</param>
/// <param name="Started">When it began writing into the folder.</param>
/// <param name="Finished">When it recorded what it wrote; null while it runs, and for ever when it was killed.</param>
internal sealed record RunRecord(string Id, int ProcessId, DateTimeOffset Started, DateTimeOffset? Finished);

/// <summary>A file a run wrote, as it was when the run ended: what proves a later file of that name is still MemoryBench's.</summary>
/// <param name="Path">Relative to the run folder, with '/' between folders.</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Modified">Its last write time.</param>
internal sealed record WrittenFile(string Path, long Bytes, DateTimeOffset Modified);
