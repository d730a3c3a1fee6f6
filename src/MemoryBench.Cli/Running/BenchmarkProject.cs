using MemoryBench.Reading;

namespace MemoryBench.Cli.Running;

/// <summary>The BenchmarkDotNet project the gate runs: a project file that references the BenchmarkDotNet package.</summary>
internal sealed record BenchmarkProject(string Path)
{
    private const string MemoryBenchPackage = "MemoryBench.BenchmarkDotNet";

    private static readonly HashSet<string> NotSources = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    /// <summary>The project's folder: BenchmarkDotNet runs from it, since it looks for the project upwards from there.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>
    /// True when <paramref name="references"/> (the project's evaluated package and project references) hold
    /// MemoryBench.BenchmarkDotNet, whose <c>[MemoryBenchConfig]</c> brings the memory diagnosers and the JSON export itself.
    /// </summary>
    public static bool BringsMemoryConfig(IEnumerable<string> references) =>
        references.Any(reference => reference.Equals(MemoryBenchPackage, StringComparison.OrdinalIgnoreCase)
            || System.IO.Path.GetFileName(reference.Replace('\\', '/')).Equals($"{MemoryBenchPackage}.csproj", StringComparison.OrdinalIgnoreCase));

    /// <summary>The project named on the command line: a project file, or a folder holding exactly one.</summary>
    /// <exception cref="InputException">No such project.</exception>
    public static BenchmarkProject Named(string fileOrFolder)
    {
        var full = System.IO.Path.GetFullPath(fileOrFolder);
        if (File.Exists(full))
        {
            return new BenchmarkProject(full);
        }

        if (!Directory.Exists(full))
        {
            throw new InputException(fileOrFolder, null, "no such project file or folder; expected the BenchmarkDotNet project to run (a .csproj, .fsproj or .vbproj)");
        }

        var projects = ProjectFiles(full, SearchOption.TopDirectoryOnly);
        return projects.Count == 1
            ? new BenchmarkProject(projects[0])
            : throw new InputException(fileOrFolder, null, $"{projects.Count} project files in this folder; expected one, or name the file with --project");
    }

    /// <summary>
    /// The repository's benchmark project when there is one obvious one: the project of the current folder if it references
    /// BenchmarkDotNet, else the only project in the repository that does.
    /// </summary>
    /// <exception cref="InputException">None, or several to choose from.</exception>
    public static BenchmarkProject Discover(RepositoryLayout repository, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var here = ProjectFiles(currentDirectory, SearchOption.TopDirectoryOnly).Where(ReferencesBenchmarkDotNet).ToList();
        if (here.Count == 1)
        {
            return new BenchmarkProject(here[0]);
        }

        var everywhere = ProjectFiles(repository.Root, SearchOption.AllDirectories).Where(ReferencesBenchmarkDotNet).ToList();
        return everywhere.Count switch
        {
            1 => new BenchmarkProject(everywhere[0]),
            0 => throw new InputException(repository.Root, null, "no project here references BenchmarkDotNet; name the benchmark project with --project <csproj>"),
            _ => throw new InputException(
                repository.Root,
                null,
                $"{everywhere.Count} projects reference BenchmarkDotNet ({string.Join(", ", everywhere.Select(p => System.IO.Path.GetRelativePath(repository.Root, p)))}); " +
                "name the one to gate with --project <csproj>"),
        };
    }

    private static bool ReferencesBenchmarkDotNet(string projectFile) =>
        File.ReadAllText(projectFile).Contains("Include=\"BenchmarkDotNet\"", StringComparison.OrdinalIgnoreCase);

    private static List<string> ProjectFiles(string folder, SearchOption depth)
    {
        var options = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var files = depth == SearchOption.AllDirectories ? FolderWalk.Files(folder, "*.*proj", options) : Directory.EnumerateFiles(folder, "*.*proj", options);
        return files
            .Where(file => System.IO.Path.GetExtension(file) is ".csproj" or ".fsproj" or ".vbproj")
            .Where(file => !System.IO.Path.GetRelativePath(folder, file).Split(System.IO.Path.DirectorySeparatorChar).Any(NotSources.Contains))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
