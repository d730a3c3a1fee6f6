namespace MemoryBench.Reading;

/// <summary>
/// Finds the run manifest that belongs to an export: <see cref="RunManifestStore.FileName"/> in the
/// export's folder, or in the folder above it (BenchmarkDotNet writes exports into
/// <c>&lt;artifacts&gt;/results/</c>, the harness may write the manifest into <c>&lt;artifacts&gt;</c>).
/// Each manifest is read once.
/// </summary>
internal sealed class RunManifestLookup
{
    private readonly Dictionary<string, IndexedRunManifest?> byFolder = new(StringComparer.Ordinal);

    /// <summary>Every manifest found so far.</summary>
    public IReadOnlyCollection<IndexedRunManifest> Found =>
        [.. byFolder.Values.OfType<IndexedRunManifest>().Distinct()];

    /// <summary>Null when the export has no manifest: it was not made by MemoryBench's harness.</summary>
    public IndexedRunManifest? For(string exportPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(exportPath)) ?? "";
        if (!byFolder.TryGetValue(folder, out var manifest))
        {
            manifest = Find(folder);
            byFolder.Add(folder, manifest);
        }

        return manifest;
    }

    private static IndexedRunManifest? Find(string folder)
    {
        foreach (var candidate in new[] { folder, Path.GetDirectoryName(folder) })
        {
            if (candidate is null)
            {
                continue;
            }

            var path = Path.Combine(candidate, RunManifestStore.FileName);
            if (File.Exists(path))
            {
                return IndexedRunManifest.Of(path, RunManifestStore.Read(path));
            }
        }

        return null;
    }
}
