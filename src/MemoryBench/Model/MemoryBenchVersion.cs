using System.Reflection;

namespace MemoryBench.Model;

/// <summary>
/// The version of a MemoryBench assembly as its packages carry it (the git tag's, set at build time): what a baseline
/// and a report record of the MemoryBench that wrote them, and an export of the one that measured.
/// </summary>
internal static class MemoryBenchVersion
{
    /// <summary>This library's version: "0.2.0", "0.2.1-alpha.0.3" between tags.</summary>
    public static string Current { get; } = Of(typeof(MemoryBenchVersion).Assembly);

    /// <summary>The assembly's informational version without the commit SourceLink appends ("+3896879...").</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "unknown";
        return WithoutBuildMetadata(version);
    }

    public static string WithoutBuildMetadata(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }

    /// <summary>
    /// "0.2.1" of "0.2.1-alpha.0.3": the release a version belongs to. Every commit between two tags has a pre-release
    /// version of its own, and a baseline made a commit earlier was measured by the same line of work.
    /// </summary>
    public static string Release(string version)
    {
        var withoutMetadata = WithoutBuildMetadata(version);
        var dash = withoutMetadata.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? withoutMetadata : withoutMetadata[..dash];
    }
}
