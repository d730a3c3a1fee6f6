using MemoryBench.Model;

namespace MemoryBench.Reading;

/// <summary>
/// Reads whatever a command is pointed at: a MemoryBench baseline file, a BenchmarkDotNet export,
/// or a folder of exports. A baseline file is told apart by its first member, "schemaVersion",
/// which <see cref="BaselineStore"/> always writes first.
/// </summary>
public static class ResultsReader
{
    /// <exception cref="InputException">Anything wrong with the input.</exception>
    public static RunResults Read(string path) =>
        File.Exists(path) && SchemaVersionProbe.Of(path) is not null
            ? BaselineStore.Read(path)
            : BenchmarkDotNetReader.Read(path);
}
