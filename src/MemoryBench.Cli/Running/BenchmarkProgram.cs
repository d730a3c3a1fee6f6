namespace MemoryBench.Cli.Running;

/// <summary>
/// How the gate starts the benchmark project's program: the built assembly through the <c>dotnet</c> host when nothing of
/// <c>dotnet run</c>'s is in play, else <c>dotnet run --no-build</c>, whose evaluation of the project costs more than a
/// second a start (docs/measurements.md).
/// </summary>
/// <param name="ProjectPath">The project file.</param>
/// <param name="Assembly">The built program (the project's TargetPath); null to start it through <c>dotnet run</c>.</param>
internal sealed record BenchmarkProgram(string ProjectPath, string? Assembly)
{
    /// <summary>The <c>dotnet</c> arguments that start the program with <paramref name="arguments"/>.</summary>
    public IEnumerable<string> Start(IEnumerable<string> arguments) => Assembly is { } assembly
        ? ["exec", assembly, .. arguments]
        : ["run", "--no-build", "-c", "Release", "--project", ProjectPath, "--", .. arguments];
}
