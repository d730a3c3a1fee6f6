namespace MemoryBench.BenchmarkDotNet;

/// <summary>How a source file's build-time path is shown in a stack frame.</summary>
internal static class SourcePath
{
    // Deterministic builds (ContinuousIntegrationBuild, as SourceLink sets up in CI) map the repository root to "/_/".
    private const string DeterministicRoot = "/_/";

    /// <summary>
    /// The path inside the repository when the build was deterministic ("src/Shop/Cart.cs"); otherwise the file's name
    /// with its folder ("Shop/Cart.cs"), which is what a reader needs and keeps the machine's paths out of the report.
    /// </summary>
    public static string Shorten(string buildTimePath)
    {
        ArgumentNullException.ThrowIfNull(buildTimePath);
        var path = buildTimePath.Replace('\\', '/');
        if (path.StartsWith(DeterministicRoot, StringComparison.Ordinal))
        {
            return path[DeterministicRoot.Length..];
        }

        var file = path.LastIndexOf('/');
        var folder = file > 0 ? path.LastIndexOf('/', file - 1) : -1;
        return path[(folder + 1)..];
    }
}
