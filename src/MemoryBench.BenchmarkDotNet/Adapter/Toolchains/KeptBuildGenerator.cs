using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.Results;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// BenchmarkDotNet's generator, with the generated project's folder left in place after the run where BenchmarkDotNet
/// deletes it, so that <see cref="IncrementalBuilder"/> can keep its build for the next run. Only that folder is
/// spared; whatever else BenchmarkDotNet would clean up, it still does.
/// </summary>
/// <param name="generator">BenchmarkDotNet's generator for the same runtime.</param>
internal sealed class KeptBuildGenerator(IGenerator generator) : IGenerator
{
    public GenerateResult GenerateProject(BuildPartition buildPartition, ILogger logger, string rootArtifactsFolderPath)
    {
        var result = generator.GenerateProject(buildPartition, logger, rootArtifactsFolderPath);
        if (!result.IsGenerateSuccess)
        {
            return result;
        }

        var kept = Path.TrimEndingDirectorySeparator(Path.GetFullPath(result.ArtifactsPaths.BuildArtifactsDirectoryPath));
        return GenerateResult.Success(result.ArtifactsPaths, [.. result.ArtifactsToCleanup.Where(path => !IsWithin(path, kept))]);
    }

    private static bool IsWithin(string path, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return full == folder || full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
