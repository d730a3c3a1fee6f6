using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MemoryBench.Reading;

namespace MemoryBench.Attribution;

/// <summary>
/// The profiles of one run: one JSON file per profiled benchmark in the run folder's <c>allocations</c> folder,
/// beside a speedscope file of the same name.
/// </summary>
internal static class AllocationProfileStore
{
    /// <summary>The folder, inside a run folder, that holds the profiles.</summary>
    public const string FolderName = "allocations";

    private const string ProfileSuffix = ".allocations.json";

    private const string SpeedscopeSuffix = ".speedscope.json";

    // What a run leaves: its profiles and speedscope files, and the traces and spans of one stopped before it read them.
    private static readonly string[] RunFiles = ["*.json", "*.nettrace", "*.span"];

    /// <summary>Where the profiles of the run in <paramref name="runFolder"/> go.</summary>
    public static string FolderOf(string runFolder) => Path.Combine(runFolder, FolderName);

    /// <summary>Writes a profile and its speedscope file, each atomically; returns the profile's path.</summary>
    public static string Write(string folder, AllocationProfile profile, string speedscopeJson)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, FileStem(profile.Benchmark));
        AtomicFile.Write(stem + SpeedscopeSuffix, stream => stream.Write(Encoding.UTF8.GetBytes(speedscopeJson)));
        var path = stem + ProfileSuffix;
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, profile, AllocationProfileJsonContext.Default.AllocationProfile));
        return path;
    }

    /// <summary>
    /// Removes the profiles an earlier run left in <paramref name="runFolder"/>, so a report never shows them, and the
    /// traces of a run that was stopped before it read them.
    /// </summary>
    public static void RemoveEarlierRun(string runFolder)
    {
        var folder = FolderOf(runFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in RunFiles.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern)).ToList())
        {
            File.Delete(file);
        }
    }

    /// <summary>The speedscope file written beside the profile of <paramref name="benchmark"/>.</summary>
    public static string SpeedscopePath(string folder, string benchmark) => Path.Combine(folder, FileStem(benchmark) + SpeedscopeSuffix);

    /// <summary>
    /// Every profile found under <paramref name="paths"/> (run folders or files, searched recursively), by benchmark;
    /// none when no run was profiled.
    /// </summary>
    /// <exception cref="InputException">A profile file is not a profile.</exception>
    public static IReadOnlyDictionary<string, AllocationProfile> ReadAll(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var profiles = new Dictionary<string, AllocationProfile>(StringComparer.Ordinal);
        var files = paths
            .SelectMany(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*" + ProfileSuffix, SearchOption.AllDirectories)
                : [])
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var profile = Read(file);
            profiles[profile.Benchmark] = profile;
        }

        return profiles;
    }

    private static AllocationProfile Read(string file)
    {
        try
        {
            var profile = JsonSerializer.Deserialize(File.ReadAllText(file), AllocationProfileJsonContext.Default.AllocationProfile);
            return profile is { Operations: > 0 } && !profile.Types.IsDefault && !profile.Stacks.IsDefault
                && profile.Retained is null or { Operations: > 0, Types.IsDefault: false }
                ? profile
                : throw new InputException(file, null, "expected an allocation profile with operations above 0, types and stacks (and retained types over operations above 0)");
        }
        catch (JsonException e)
        {
            throw new InputException(file, e.Path, $"expected an allocation profile written by MemoryBench ({e.Message})");
        }
    }

    // Ids carry characters no file system takes ('"', '/', ':'); a hash of the id keeps two ids that clean up to
    // the same text apart.
    private static string FileStem(string benchmark)
    {
        var readable = new string([.. benchmark.Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_')]);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(benchmark)))[..8].ToLowerInvariant();
        return $"{readable}-{hash}";
    }
}
