using System.Text.Json;
using MemoryBench.Reading;

namespace MemoryBench.RunFolders;

/// <summary>
/// A run folder (BenchmarkDotNet's <c>--artifacts</c>) as one run holds it: claimed before the run (locked against other
/// runs, and refused unless MemoryBench owns it or it is new or empty), its earlier run's files removed when the run
/// begins, and what this run wrote listed in the folder's manifest when it ends, so that the next run removes exactly
/// that. The gate and MemoryBenchRunner both run here.
/// </summary>
internal sealed class RunFolder : IDisposable
{
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly FileLock held;
    private readonly RunFolderPlan plan;
    private RunRecord? run;

    private RunFolder(string path, FileLock held, RunFolderPlan plan, string runId)
    {
        Path = path;
        this.held = held;
        this.plan = plan;
        RunId = runId;
    }

    /// <summary>The folder, every symbolic link in its path followed.</summary>
    public string Path { get; }

    /// <summary>The id of the run holding the folder.</summary>
    public string RunId { get; }

    /// <summary>
    /// The id of an earlier run that held this folder and ended without letting go of it (it was killed): its processes
    /// may still be running. Null when the folder was let go of properly.
    /// </summary>
    public string? Abandoned => held.Abandoned;

    public string Exports => RunFolderLayout.ExportsOf(Path);

    public string MarkdownReport => RunFolderLayout.ReportOf(Path);

    public string Verdicts => RunFolderLayout.VerdictsOf(Path);

    public bool HasExports => RunFolderLayout.HasExports(Path);

    /// <summary>
    /// Waits up to <paramref name="patience"/> for another run of the folder to end, then checks that this run may use
    /// it. Nothing is removed yet: a run that finds nothing to run removes nothing.
    /// </summary>
    /// <param name="path">The run folder as given.</param>
    /// <param name="runId">This run's id, left in the lock so that a later run can find this one's processes if it is killed.</param>
    /// <param name="patience">How long to wait for another run of the folder.</param>
    /// <param name="waiting">Called once, with the lock file, when another run holds the folder.</param>
    /// <exception cref="InputException">
    /// The path names a file, the folder is someone else's, or what MemoryBench would write or remove there is not its own.
    /// </exception>
    public static RunFolder Claim(string path, string runId, TimeSpan patience, Action<string>? waiting = null)
    {
        var resolved = ResolvedPath.Of(path);
        if (File.Exists(resolved) || FileKind.IsSpecial(resolved))
        {
            throw new InputException(path, null, "is a file; expected the run folder (--artifacts), where the exports, report.md and verdicts.json go");
        }

        var held = FileLock.Take(resolved, patience, use: "run", waiting, holder: runId);
        try
        {
            var exists = Directory.Exists(resolved);
            var plan = RunFolderPlan.Of(exists, exists ? ReadManifest(resolved) : null, exists ? Survey(resolved) : []);
            return plan.Refusal is { } refusal
                ? throw new InputException(path, null, refusal)
                : new RunFolder(resolved, held, plan, runId);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The run is about to write: makes the folder if needed, removes what the earlier run wrote, and marks the folder
    /// as this run's.
    /// </summary>
    /// <exception cref="InputException">A file of the earlier run cannot be removed, or the manifest cannot be written.</exception>
    public void Begin()
    {
        if (run is not null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path);
            foreach (var relative in plan.Remove)
            {
                RemoveOwn(relative);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InputException(Path, null, $"the earlier run's files cannot be removed: {error.Message}", error);
        }

        run = new RunRecord(RunId, Environment.ProcessId, DateTimeOffset.UtcNow, null);
        WriteManifest(new RunManifest(RunManifest.CurrentSchemaVersion, RunManifest.Description, run, [], [.. plan.Kept.Order(StringComparer.Ordinal)]));
    }

    /// <summary>Lists what the run wrote in the manifest; nothing when it never began.</summary>
    /// <exception cref="InputException">The manifest cannot be written.</exception>
    public void End()
    {
        if (run is not { Finished: null } running)
        {
            return;
        }

        var kept = plan.Kept.ToHashSet(StringComparer.Ordinal);
        var written = Survey(Path)
            .Where(entry => entry.Kind == EntryKind.File && !kept.Contains(entry.Path))
            .Select(entry => new WrittenFile(entry.Path, entry.Bytes, entry.Modified))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        run = running with { Finished = DateTimeOffset.UtcNow };
        WriteManifest(new RunManifest(RunManifest.CurrentSchemaVersion, RunManifest.Description, run, [.. written], [.. plan.Kept.Order(StringComparer.Ordinal)]));
    }

    public void Dispose()
    {
        try
        {
            End();
        }
        catch (InputException)
        {
            // The manifest still says the run is unfinished: the next run removes what appeared while this one ran.
        }
        finally
        {
            held.Dispose();
        }
    }

    private static RunManifest? ReadManifest(string folder)
    {
        var path = System.IO.Path.Join(folder, RunFolderLayout.ManifestName);
        var file = new FileInfo(path);
        if (file.LinkTarget is not null)
        {
            throw new InputException(path, null, "is a symbolic link; MemoryBench's run manifest is a file it writes itself, never a link: remove the link");
        }

        if (!file.Exists)
        {
            return null;
        }

        var manifest = JsonFile.Read(path, RunManifestJsonContext.Default.RunManifest, "MemoryBench's run manifest");
        return manifest.SchemaVersion == RunManifest.CurrentSchemaVersion
            ? manifest
            : throw new InputException(path, "$.schemaVersion", $"schemaVersion {manifest.SchemaVersion} is not supported; expected {RunManifest.CurrentSchemaVersion}");
    }

    // Every file, link and special file below the folder; links are never entered, so nothing outside is listed.
    private static List<FolderEntry> Survey(string root)
    {
        var entries = new List<FolderEntry>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        try
        {
            while (pending.TryPop(out var folder))
            {
                foreach (var info in folder.EnumerateFileSystemInfos("*", Everything))
                {
                    var relative = System.IO.Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
                    if (info.LinkTarget is not null)
                    {
                        entries.Add(new FolderEntry(relative, EntryKind.Link, 0, default));
                    }
                    else if (info is DirectoryInfo subfolder)
                    {
                        pending.Push(subfolder);
                    }
                    else if (relative != RunFolderLayout.ManifestName)
                    {
                        var special = FileKind.IsSpecial(info.FullName);
                        entries.Add(new FolderEntry(
                            relative, special ? EntryKind.Other : EntryKind.File, special ? 0 : ((FileInfo)info).Length, new DateTimeOffset(info.LastWriteTimeUtc)));
                    }
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InputException(root, null, $"the run folder cannot be read: {error.Message}", error);
        }

        return entries;
    }

    // Never through a link: the file must be where its path says, every folder on the way a real folder.
    private void RemoveOwn(string relative)
    {
        var file = new FileInfo(System.IO.Path.Join(Path, relative));
        if (file.Exists && file.LinkTarget is null && ResolvedPath.Of(file.FullName) == file.FullName)
        {
            file.Delete();
        }
    }

    private void WriteManifest(RunManifest manifest) =>
        AtomicFile.Write(
            System.IO.Path.Join(Path, RunFolderLayout.ManifestName),
            stream => JsonSerializer.Serialize(stream, manifest, RunManifestJsonContext.Default.RunManifest));
}
