using System.Collections.Immutable;
using System.Text.Json;

namespace MemoryBench.Cli.Running;

/// <summary>
/// What MSBuild tells of the benchmark project in the call that builds it (or evaluates it, with <c>--no-build</c>): its
/// package and project references as evaluated (a reference under a false condition is no reference), and how to start it.
/// </summary>
/// <param name="References">The package and project references' identities.</param>
/// <param name="Program">How to start the built program.</param>
internal sealed record ProjectFacts(ImmutableArray<string> References, BenchmarkProgram Program)
{
    /// <summary>The MSBuild switches that ask for the facts, printed as one JSON object.</summary>
    public static ImmutableArray<string> Queries { get; } =
    [
        "-getItem:PackageReference", "-getItem:ProjectReference",
        "-getProperty:TargetPath", "-getProperty:RunCommand", "-getProperty:RunArguments", "-getProperty:RunWorkingDirectory",
    ];

    /// <summary>
    /// Reads MSBuild's answer to <see cref="Queries"/>. The built assembly is started directly only where <c>dotnet run</c> would
    /// add nothing: a single-target program (RunCommand set) with no run arguments or working directory of its own and no
    /// launch profile (<paramref name="hasLaunchProfile"/>), whose assembly exists.
    /// </summary>
    /// <exception cref="JsonException">The answer is not MSBuild's JSON.</exception>
    public static ProjectFacts Read(string projectPath, string json, bool hasLaunchProfile, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("Items", out var items) || !document.RootElement.TryGetProperty("Properties", out var properties))
        {
            throw new JsonException("expected MSBuild's \"Items\" and \"Properties\"");
        }

        ImmutableArray<string> references = [.. items.EnumerateObject()
            .SelectMany(kind => kind.Value.EnumerateArray())
            .Select(item => item.TryGetProperty("Identity", out var identity) ? identity.GetString() : null)
            .OfType<string>()];
        string Property(string name) => properties.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        var assembly = Property("TargetPath");
        var direct = !hasLaunchProfile
            && Property("RunCommand").Length > 0
            && Property("RunArguments").Length == 0
            && Property("RunWorkingDirectory").Length == 0
            && assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            && exists(assembly);
        return new ProjectFacts(references, new BenchmarkProgram(projectPath, direct ? assembly : null));
    }
}
