namespace MemoryBench.Reading;

/// <summary>A run manifest with its entries found by BenchmarkDotNet's full name and the job's id.</summary>
internal sealed class IndexedRunManifest
{
    private readonly Dictionary<(string FullName, string Job), RunManifestEntry> entries;

    private IndexedRunManifest(string path, RunManifest manifest, Dictionary<(string FullName, string Job), RunManifestEntry> entries)
    {
        Path = path;
        Manifest = manifest;
        this.entries = entries;
    }

    public string Path { get; }

    public RunManifest Manifest { get; }

    /// <exception cref="InputException">The manifest lists a benchmark twice.</exception>
    public static IndexedRunManifest Of(string path, RunManifest manifest)
    {
        var entries = new Dictionary<(string FullName, string Job), RunManifestEntry>(manifest.Benchmarks.Length);
        for (var index = 0; index < manifest.Benchmarks.Length; index++)
        {
            var entry = manifest.Benchmarks[index];
            if (!entries.TryAdd((entry.FullName, entry.Job), entry))
            {
                throw new InputException(
                    path, $"$.benchmarks[{index}]", $"{entry.FullName} under job {entry.Job} is listed twice; expected each once");
            }
        }

        return new IndexedRunManifest(path, manifest, entries);
    }

    /// <summary>Null when the manifest does not list the benchmark.</summary>
    public RunManifestEntry? Entry(string fullName, string job) =>
        entries.GetValueOrDefault((fullName, job));
}
