using System.Collections.Immutable;

namespace MemoryBench.RunFolders;

/// <summary>
/// What a run may do with a run folder, decided from what is in it (pure): whether MemoryBench owns it, which files an
/// earlier run of its own wrote and are removed before this one, and which are someone else's and stay. A folder is
/// MemoryBench's when it made it, adopted it empty, or finds its manifest there; a file is removed only when the
/// manifest lists it and it is still as written (or, after a run that was killed before it could list its files, when
/// it appeared in the folder while that run held it).
/// </summary>
/// <param name="State">Whose the folder is.</param>
/// <param name="Remove">The files an earlier run wrote, removed before this run writes.</param>
/// <param name="Kept">Everything else found in the folder: never removed.</param>
/// <param name="Refusal">Why this run may not use the folder, and what to do; null when it may.</param>
internal sealed record RunFolderPlan(RunFolderState State, ImmutableArray<string> Remove, ImmutableArray<string> Kept, string? Refusal)
{
    // File systems keep modification times at different precisions (FAT: 2 s).
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(2);

    /// <param name="exists">Whether the folder exists.</param>
    /// <param name="manifest">Its manifest; null when it has none.</param>
    /// <param name="entries">What the folder holds, its manifest left out.</param>
    public static RunFolderPlan Of(bool exists, RunManifest? manifest, IReadOnlyList<FolderEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (!exists)
        {
            return new RunFolderPlan(RunFolderState.New, [], [], null);
        }

        if (manifest is null)
        {
            return entries.Count == 0
                ? new RunFolderPlan(RunFolderState.Empty, [], [], null)
                : new RunFolderPlan(RunFolderState.Foreign, [], [.. entries.Select(e => e.Path)], Foreign(entries));
        }

        var byPath = entries.ToDictionary(entry => entry.Path, StringComparer.Ordinal);
        var listed = manifest.Written.IsDefault ? [] : manifest.Written;
        var remove = listed.Where(written => byPath.TryGetValue(written.Path, out var entry) && entry.IsAsWritten(written))
            .Select(written => written.Path)
            .ToHashSet(StringComparer.Ordinal);
        var changed = listed.Where(written => byPath.ContainsKey(written.Path) && !remove.Contains(written.Path)).Select(written => written.Path).ToList();
        if (manifest.Run is { Finished: null } killed)
        {
            var kept = (manifest.Kept.IsDefault ? [] : manifest.Kept).ToHashSet(StringComparer.Ordinal);
            remove.UnionWith(entries
                .Where(entry => entry.Kind == EntryKind.File && !kept.Contains(entry.Path) && entry.Modified >= killed.Started - ClockSlack)
                .Select(entry => entry.Path));
        }

        var others = entries.Where(entry => !remove.Contains(entry.Path)).ToList();
        var refusal = changed.Count > 0 ? Changed(changed) : Conflicts(others);
        return new RunFolderPlan(RunFolderState.Owned, [.. remove.Order(StringComparer.Ordinal)], [.. others.Select(e => e.Path)], refusal);
    }

    private static string Foreign(IReadOnlyList<FolderEntry> entries) =>
        $"holds {Count(entries.Count)} MemoryBench did not write ({Sample(entries.Select(e => e.Path))}) and no {RunFolderLayout.ManifestName}: " +
        "MemoryBench empties only a run folder it made, and never one of yours. Name a new or an empty folder with --artifacts, " +
        "or move these files out of this one";

    private static string Changed(List<string> changed) =>
        $"{Sample(changed)} changed after MemoryBench wrote {(changed.Count == 1 ? "it" : "them")}, so {(changed.Count == 1 ? "it is" : "they are")} " +
        "not removed (they may be yours now) and would be read or overwritten as this run's: move them out of the run folder, or remove them";

    // What a run writes or reads by name must be MemoryBench's: another file there would be overwritten (report.md),
    // read as this run's result (an export), or written through (a link in place of results/).
    private static string? Conflicts(List<FolderEntry> others)
    {
        var links = others.Where(entry => entry.Kind == EntryKind.Link && RunFolderLayout.Folders.Contains(entry.Path)).Select(entry => entry.Path).ToList();
        if (links.Count > 0)
        {
            return $"{Sample(links)} {(links.Count == 1 ? "is a symbolic link" : "are symbolic links")}; MemoryBench writes into " +
                $"{(links.Count == 1 ? "that folder" : "those folders")} and removes what it wrote, so never through a link: make {(links.Count == 1 ? "it a folder" : "them folders")}, " +
                "or link the whole run folder instead";
        }

        var taken = others.Where(entry => RunFolderLayout.IsOutput(entry.Path)).Select(entry => entry.Path).ToList();
        return taken.Count == 0
            ? null
            : $"{Sample(taken)} {(taken.Count == 1 ? "is" : "are")} not MemoryBench's (not listed in its {RunFolderLayout.ManifestName}) and would be " +
                "overwritten, or read as this run's results: move them out of the run folder, or remove them";
    }

    private static string Count(int files) => files == 1 ? "1 file" : $"{files} files";

    private static string Sample(IEnumerable<string> paths)
    {
        var all = paths.Order(StringComparer.Ordinal).ToList();
        return all.Count <= 5 ? string.Join(", ", all) : $"{string.Join(", ", all.Take(5))} and {all.Count - 5} more";
    }
}

/// <summary>Whose a run folder is.</summary>
internal enum RunFolderState
{
    /// <summary>It does not exist: MemoryBench makes it, and owns it.</summary>
    New,

    /// <summary>It exists and holds no file: MemoryBench adopts it, as there is nothing to lose.</summary>
    Empty,

    /// <summary>MemoryBench's manifest is in it.</summary>
    Owned,

    /// <summary>It holds files and no manifest: someone else's, never emptied.</summary>
    Foreign,
}
