using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli.Gate;

/// <summary>The gate runs only into a folder MemoryBench owns, new or empty; anything else is refused before it builds.</summary>
[TestClass]
public sealed class GateRunFolderTests
{
    private static readonly string[] UsersFiles =
        ["report.md", "verdicts.json", "build.log", "results/annual-report.pdf", "results/MyLib-report-full.json", "allocations/config.json"];

    // A project and a baseline that get the gate as far as its run folder; --memory-arguments Add spares the MSBuild evaluation.
    private static string[] Gate(TemporaryFolder folder, params string[] more) =>
    [
        "gate", "--project", folder.Write("Bench/Bench.csproj", """<Project Sdk="Microsoft.NET.Sdk" />"""),
        "--baseline", folder.Write("baseline.json", "{}"), "--memory-arguments", "Add", .. more,
    ];

    [TestMethod]
    public void A_folder_of_the_users_files_is_refused_and_left_intact()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in UsersFiles)
        {
            folder.Write($"mine/{file}", "the user's");
        }

        CommandOutcome.Run(Gate(folder, "--artifacts", folder.File("mine")))
            .AssertBadInput(folder.File("mine"), "MemoryBench did not write", "--artifacts");
        Assert.IsTrue(UsersFiles.All(file => File.ReadAllText(folder.File($"mine/{file}")) == "the user's"));
        Assert.HasCount(UsersFiles.Length, Directory.GetFiles(folder.File("mine"), "*", SearchOption.AllDirectories));
    }

    [TestMethod]
    public void A_folder_with_a_linked_results_folder_is_refused_and_the_linked_folder_left_intact()
    {
        using var folder = new TemporaryFolder();
        var elsewhere = folder.Write("elsewhere/MyLib-report-full.json", "the user's");
        Directory.CreateDirectory(folder.File("mine"));
        Directory.CreateSymbolicLink(folder.File("mine/results"), Path.GetDirectoryName(elsewhere)!);

        CommandOutcome.Run(Gate(folder, "--artifacts", folder.File("mine"))).AssertBadInput(folder.File("mine"));
        Assert.AreEqual("the user's", File.ReadAllText(elsewhere));
    }

    [TestMethod]
    public void A_run_folder_that_is_a_file_is_bad_input()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("results.txt", "mine");

        CommandOutcome.Run(Gate(folder, "--artifacts", file)).AssertBadInput(file, "is a file");
        Assert.AreEqual("mine", File.ReadAllText(file));
    }

    [TestMethod]
    [DataRow("--artifacts")]
    [DataRow("--project")]
    [DataRow("--baseline")]
    [DataRow("--budgets")]
    public void An_empty_path_is_bad_input(string option)
    {
        CommandOutcome.Run("gate", option, "").AssertBadInput($"{option} expects a path, got an empty value");
    }

    [TestMethod]
    public void The_job_summary_shows_the_gates_error_escaped_like_the_report()
    {
        using var folder = new TemporaryFolder();
        var summary = folder.Write("summary.md", "");
        var project = folder.File("<img src=x>@octocat.csproj");

        var outcome = CommandOutcome.RunIn(CommandOutcome.JobSummaryAt(summary), "gate", "--project", project);

        Assert.AreEqual(2, outcome.ExitCode, outcome.Error);
        var text = File.ReadAllText(summary);
        Assert.Contains("The gate could not run: ", text);
        Assert.Contains("&lt;img src=x&gt;@", text);
        Assert.DoesNotContain("<img", text);
        Assert.DoesNotContain("@octocat", text);
    }
}
