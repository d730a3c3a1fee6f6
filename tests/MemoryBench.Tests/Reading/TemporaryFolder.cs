namespace MemoryBench.Tests.Reading;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"memorybench-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file (folders created as needed) and returns its path.</summary>
    public string Write(string name, string content)
    {
        var file = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllText(file, content);
        return file;
    }

    /// <summary>Copies a file into this folder (under <paramref name="subfolder"/> when given) and returns the copy's path.</summary>
    public string Copy(string source, string subfolder = "")
    {
        var folder = System.IO.Path.Combine(Path, subfolder);
        Directory.CreateDirectory(folder);
        var copy = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(source));
        System.IO.File.Copy(source, copy);
        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
