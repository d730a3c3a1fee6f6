using System.Text.Json;
using MemoryBench.Processes;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Running;

/// <summary>The one MSBuild call of a gate: it builds the project (or only evaluates it) and answers <see cref="ProjectFacts.Queries"/>.</summary>
internal static class ProjectBuild
{
    /// <summary>
    /// Builds <paramref name="project"/> in Release with its errors on the console, or with <paramref name="build"/> false only
    /// evaluates it; null when the build failed.
    /// </summary>
    /// <exception cref="InputException">MSBuild cannot evaluate the project.</exception>
    /// <exception cref="RunStoppedException">The gate was stopped meanwhile.</exception>
    public static ProjectFacts? Run(BenchmarkProject project, RunProcesses processes, bool build)
    {
        ArgumentNullException.ThrowIfNull(project);
        // With -getProperty, MSBuild prints the answer on standard output and its errors on standard error, which stays the console's.
        string[] command = build
            ? ["build", project.Path, "-c", "Release", "--nologo", "-v", "quiet", "-t:Build"]
            : ["msbuild", project.Path, "-nologo", "-p:Configuration=Release"];
        var status = DotnetCommand.Capture(processes, tagged: false, project.Folder, [.. command, .. ProjectFacts.Queries], new Dictionary<string, string>(), out var json);
        if (status != 0)
        {
            return build ? null : throw Unevaluable(project, status, json);
        }

        try
        {
            return ProjectFacts.Read(project.Path, json, HasLaunchProfile(project), File.Exists);
        }
        catch (JsonException)
        {
            throw Unevaluable(project, status, json);
        }
    }

    private static InputException Unevaluable(BenchmarkProject project, int status, string output) =>
        new(project.Path, null, $"MSBuild cannot evaluate the project (exit code {status}): {output.ReplaceLineEndings(" ").Trim()}");

    // dotnet run applies a launch profile's environment and arguments; a program started without it would run differently.
    private static bool HasLaunchProfile(BenchmarkProject project) =>
        File.Exists(Path.Combine(project.Folder, "Properties", "launchSettings.json"))
        || File.Exists(Path.Combine(project.Folder, Path.GetFileNameWithoutExtension(project.Path) + ".run.json"));
}
