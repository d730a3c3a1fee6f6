using MemoryBench.Model;
using MemoryBench.Reading.Export;

namespace MemoryBench.Reading;

/// <summary>
/// Reads BenchmarkDotNet full JSON exports (<c>*-report-full.json</c>, <c>*-report-full-compressed.json</c>)
/// of BenchmarkDotNet 0.13 to 0.15 into one <see cref="RunResults"/>, with what MemoryBench.BenchmarkDotNet's exporter adds
/// (categories, the baseline flag, budgets, the GC mode, the run's selection) where the export has it.
/// </summary>
public static class BenchmarkDotNetReader
{
    /// <summary>Reads an export, or every export in a folder and below.</summary>
    /// <exception cref="InputException">Anything wrong with the input, naming the file, where and what was expected.</exception>
    public static RunResults Read(string fileOrFolder) => Read([fileOrFolder]);

    /// <summary>Reads several exports or folders (shards of one run, for instance) as one run.</summary>
    /// <exception cref="InputException">Anything wrong with the input, a benchmark found twice included.</exception>
    public static RunResults Read(IReadOnlyList<string> filesOrFolders)
    {
        ArgumentNullException.ThrowIfNull(filesOrFolders);
        var warnings = new List<string>();
        var exports = new List<ParsedExport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in filesOrFolders)
        {
            var found = ExportFiles.Find(input).Where(file => seen.Add(ResolvedPath.Of(file))).Select(ExportParser.Parse).ToList();
            // A file named on the command line is meant; a folder may hold what earlier runs left.
            exports.AddRange(Directory.Exists(input) ? StaleExports.NewestRun(input, found, warnings) : found);
        }

        var files = exports.Select(export => export.Path).ToList();
        var benchmarks = exports.SelectMany(export => export.Benchmarks).ToList();
        var ids = BenchmarkIdentity.Assign([.. benchmarks.Select(benchmark => benchmark.Name)]);

        var results = new Dictionary<BenchmarkId, (BenchmarkResult Result, string Path)>(benchmarks.Count);
        var gcModes = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < benchmarks.Count; i++)
        {
            var benchmark = benchmarks[i];
            var result = new BenchmarkResult(
                ids[i],
                benchmark.Name,
                benchmark.Categories,
                benchmark.IsBaseline,
                benchmark.Memory,
                benchmark.Time,
                benchmark.Retained,
                benchmark.Failed)
            {
                Budget = benchmark.Budget,
            };
            if (!results.TryAdd(ids[i], (result, benchmark.Path)))
            {
                var first = results[ids[i]].Path;
                throw new InputException(
                    benchmark.Path,
                    null,
                    first == benchmark.Path
                        ? $"benchmark {ids[i]} appears twice in this file; expected each benchmark once"
                        : $"benchmark {ids[i]} is also in {first}; expected each benchmark in one file only");
            }

            GcModesOfJob(gcModes, benchmark.Name.Job).Add(benchmark.GcMode);
        }

        return new RunResults(
            Environment(exports, gcModes) is { } environment
                ? environment with { Gen0Budget = RunGen0Budget.Of(benchmarks.Select(b => (b.Name.Job, b.PinnedGen0Budget, b.Memory))) }
                : null,
            [.. results.Values.Select(value => value.Result).OrderBy(result => result.Id)],
            [.. files.Distinct().Order(StringComparer.Ordinal)])
        {
            Coverage = RunCoverage.Of([.. exports.Select(export => export.Selection).OfType<RunSelection>()]),
            Toolchain = exports.Count == 0
                ? null
                : new Toolchain(Versions(exports.Select(e => e.Toolchain.BenchmarkDotNet)), Versions(exports.Select(e => e.Toolchain.MemoryBench))),
            Warnings = [.. warnings],
        };
    }

    /// <summary>The one version all exports name, or all of them ("none" for an export without), so a mix never reads as one.</summary>
    private static string? Versions(IEnumerable<string?> versions)
    {
        var distinct = versions.Distinct().ToList();
        return distinct.Count == 1
            ? distinct[0]
            : string.Join(", ", distinct.Select(version => version ?? "none").Order(StringComparer.Ordinal));
    }

    private static SortedSet<string> GcModesOfJob(SortedDictionary<string, SortedSet<string>> gcModes, string job)
    {
        if (!gcModes.TryGetValue(job, out var modes))
        {
            modes = new SortedSet<string>(StringComparer.Ordinal);
            gcModes.Add(job, modes);
        }

        return modes;
    }

    /// <summary>
    /// One fingerprint for the run, or null when its exports disagree on the machine: GC counts of
    /// such a run compare with nothing. Jobs under different GC modes are all named in the GC mode.
    /// </summary>
    private static EnvironmentFingerprint? Environment(
        List<ParsedExport> exports, SortedDictionary<string, SortedSet<string>> gcModesByJob)
    {
        var hosts = exports.Select(export => export.Host).Distinct().ToList();
        if (hosts.Count != 1)
        {
            return null;
        }

        var distinctModes = gcModesByJob.Values.SelectMany(modes => modes).Distinct().ToList();
        var gcMode = distinctModes.Count switch
        {
            0 => JobDisplay.DefaultGcMode,
            1 => distinctModes[0],
            _ => string.Join("; ", gcModesByJob.Select(job => $"{job.Key}: {string.Join(" / ", job.Value)}")),
        };
        var host = hosts[0];
        return new EnvironmentFingerprint(host.Os, host.Architecture, host.Runtime, host.ProcessorCount, gcMode);
    }
}
