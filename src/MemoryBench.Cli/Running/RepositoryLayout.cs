namespace MemoryBench.Cli.Running;

/// <summary>
/// Where the gate finds what it is not told: the repository is the nearest folder above the current one that holds
/// <c>.git</c> (a folder, or a file in a worktree), else the current folder.
/// </summary>
internal sealed record RepositoryLayout(string Root)
{
    public string Baseline => Path.Combine(Root, "results", "baseline.json");

    public string RunFolder => Path.Combine(Root, "results", "latest");

    /// <summary>The repository's budgets file when it has one; attribute budgets apply either way.</summary>
    public string? Budgets => Path.Combine(Root, "ci", "budgets.json") is var path && File.Exists(path) ? path : null;

    public static RepositoryLayout Around(string currentDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        return new RepositoryLayout(Path.GetFullPath(currentDirectory));
    }
}
