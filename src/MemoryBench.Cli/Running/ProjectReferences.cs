using System.Text.Json;
using MemoryBench.Processes;
using MemoryBench.Reading;

namespace MemoryBench.Cli.Running;

/// <summary>
/// A project's package and project references as MSBuild evaluates them (conditions, properties from the environment),
/// not as its text reads: a reference under a false condition is no reference.
/// </summary>
internal static class ProjectReferences
{
    /// <exception cref="InputException">MSBuild cannot evaluate the project.</exception>
    /// <exception cref="RunStoppedException">The gate was stopped meanwhile.</exception>
    public static IReadOnlyList<string> Evaluate(BenchmarkProject project, RunProcesses processes)
    {
        ArgumentNullException.ThrowIfNull(project);
        var status = DotnetCommand.Capture(
            processes,
            tagged: false,
            project.Folder,
            ["msbuild", project.Path, "-nologo", "-getItem:PackageReference", "-getItem:ProjectReference"],
            new Dictionary<string, string>(),
            out var json);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (status != 0 || !document.RootElement.TryGetProperty("Items", out var items))
            {
                throw new JsonException();
            }

            return [.. items.EnumerateObject()
                .SelectMany(kind => kind.Value.EnumerateArray())
                .Select(item => item.TryGetProperty("Identity", out var identity) ? identity.GetString() : null)
                .OfType<string>()];
        }
        catch (JsonException)
        {
            throw new InputException(project.Path, null, $"MSBuild cannot evaluate the project (exit code {status}): {json.ReplaceLineEndings(" ").Trim()}");
        }
    }
}
