using System.Diagnostics;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.Results;
using MemoryBench.Reading;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Builds BenchmarkDotNet's generated project against the benchmark project's own Release build, where BenchmarkDotNet's
/// builder rebuilds the benchmark project and everything it references into a private folder, with the compiler server
/// off. `dotnet run -c Release` has just built them: the references are up to date and only the generated program is
/// compiled. When that build fails, BenchmarkDotNet's own builder builds as it always does. A build whose inputs have
/// not changed since it was made (<see cref="GeneratedBuildInputs"/>) is kept, and the run starts without MSBuild.
/// </summary>
/// <param name="fallback">BenchmarkDotNet's builder for the same runtime.</param>
internal sealed class IncrementalBuilder(IBuilder fallback) : IBuilder
{
    public BuildResult Build(GenerateResult generateResult, BuildPartition buildPartition, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(generateResult);
        ArgumentNullException.ThrowIfNull(buildPartition);
        ArgumentNullException.ThrowIfNull(logger);
        var paths = generateResult.ArtifactsPaths;
        var benchmarkOutput = Path.GetDirectoryName(buildPartition.AssemblyLocation)!;
        if (File.Exists(paths.ExecutablePath) && IsKept(paths, benchmarkOutput))
        {
            logger.WriteLineInfo("// MemoryBench kept the generated project's last build: neither its source nor the benchmark project's output has changed since.");
            return BuildResult.Success(generateResult);
        }

        GeneratedBuildInputs.Unstamp(paths.BuildArtifactsDirectoryPath);
        var started = Stopwatch.GetTimestamp();
        var (exitCode, output) = DotnetBuild(paths.ProjectFilePath, buildPartition.BuildConfiguration, buildPartition.Timeout);
        if (exitCode == 0 && File.Exists(paths.ExecutablePath))
        {
            logger.WriteLineInfo($"// MemoryBench built the generated project against the benchmark project's own build in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s.");
            Stamp(paths, benchmarkOutput);
            return BuildResult.Success(generateResult);
        }

        logger.WriteLineInfo(exitCode == 0
            ? $"// MemoryBench's build left no {paths.ExecutablePath}; BenchmarkDotNet builds it its own way."
            : $"// MemoryBench's build of the generated project failed (exit code {exitCode}); BenchmarkDotNet builds it its own way:{Environment.NewLine}{output}");
        return fallback.Build(generateResult, buildPartition, logger);
    }

    // Inputs or a stamp that cannot be read (a file removed while they are listed) keep nothing: the project is built.
    private static bool IsKept(ArtifactsPaths paths, string benchmarkOutput)
    {
        try
        {
            return InputsOf(paths, benchmarkOutput).AreStampedIn(paths.BuildArtifactsDirectoryPath);
        }
        catch (IOException)
        {
            return false;
        }
    }

    // A stamp that cannot be written costs the next run a build, nothing more.
    private static void Stamp(ArtifactsPaths paths, string benchmarkOutput)
    {
        try
        {
            InputsOf(paths, benchmarkOutput).StampIn(paths.BuildArtifactsDirectoryPath);
        }
        catch (Exception error) when (error is IOException or InputException)
        {
        }
    }

    private static GeneratedBuildInputs InputsOf(ArtifactsPaths paths, string benchmarkOutput) =>
        GeneratedBuildInputs.Read(paths.BuildArtifactsDirectoryPath, paths.AppConfigPath, benchmarkOutput);

    private static (int ExitCode, string Output) DotnetBuild(string project, string configuration, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        // The generated project turns the compiler server off for itself; a global property turns it back on. No
        // build nodes are left behind.
        foreach (var argument in new[] { "build", project, "-c", configuration, "--nologo", "-v:q", "--nodeReuse:false", "-p:UseSharedCompilation=true" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"the build took longer than {timeout}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
