namespace MemoryBench.Tests.Reading;

/// <summary>The real BenchmarkDotNet exports made by tests/ExportFixtures, as copied to the test output.</summary>
internal static class Exports
{
    public const string Namespace = "ExportFixtures.Benchmarks";

    public static string Folder(string version) => Path.Combine(AppContext.BaseDirectory, "Reading", "Exports", $"bdn-{version}");

    public static string Full(string version, string type) =>
        Path.Combine(Folder(version), $"{Namespace}.{type}-report-full.json");

    public static string Compressed(string version, string type) =>
        Path.Combine(Folder(version), $"{Namespace}.{type}-report-full-compressed.json");
}
