using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryBench.Reading;
using MemoryBench.RunFolders;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.RunFolders;

/// <summary>A run folder on disk: claimed, begun, ended; a later run removes exactly what MemoryBench wrote there.</summary>
[TestClass]
public sealed class RunFolderTests
{
    private static readonly TimeSpan NoWait = TimeSpan.Zero;

    // What a run writes: BenchmarkDotNet's export and log, the report, the verdicts, a profile.
    private static readonly string[] RunOutputs =
    [
        "results/App.Bench-report-full.json", "results/App.Bench-report.csv", "App.Bench-20261201-100000.log", "report.md", "verdicts.json",
        "allocations/App.Bench-1a2b3c4d.allocations.json",
    ];

    private static void RunInto(string path, params string[] outputs)
    {
        using var run = RunFolder.Claim(path, Guid.NewGuid().ToString("N"), NoWait);
        run.Begin();
        foreach (var output in outputs)
        {
            var file = Path.Combine(run.Path, output);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, output);
        }
    }

    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [TestMethod]
    public void A_folder_of_the_users_files_is_refused_and_left_as_it_was()
    {
        using var folder = new TemporaryFolder();
        string[] users = ["report.md", "verdicts.json", "build.log", "results/annual-report.pdf", "results/MyLib-report-full.json", "allocations/config.json"];
        foreach (var file in users)
        {
            folder.Write($"user/{file}", "the user's");
        }

        var error = Assert.ThrowsExactly<InputException>(() => RunFolder.Claim(folder.File("user"), "run", NoWait));

        Assert.Contains("MemoryBench did not write", error.Message);
        CollectionAssert.AreEqual(users.Order(StringComparer.Ordinal).ToArray(), Files(folder.File("user")));
        Assert.IsTrue(users.All(file => File.ReadAllText(folder.File($"user/{file}")) == "the user's"));
    }

    [TestMethod]
    public void A_new_folder_is_marked_and_lists_what_its_run_wrote()
    {
        using var folder = new TemporaryFolder();

        RunInto(folder.File("run"), RunOutputs);

        var manifest = JsonNode.Parse(File.ReadAllText(folder.File($"run/{RunFolderLayout.ManifestName}")))!;
        var written = manifest["written"]!.AsArray().Select(file => (string)file!["path"]!).ToArray();
        CollectionAssert.AreEqual(RunOutputs.Order(StringComparer.Ordinal).ToArray(), written);
        Assert.IsNotNull((string?)manifest["run"]!["finished"]);
    }

    [TestMethod]
    public void The_next_run_removes_what_the_earlier_one_wrote_and_keeps_the_users_files()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, RunOutputs);
        folder.Write("run/notes.txt", "mine");
        folder.Write("run/results/readme.txt", "mine");

        RunInto(run, "results/App.Other-report-full.json");

        CollectionAssert.AreEqual(
            new[] { RunFolderLayout.ManifestName, "notes.txt", "results/App.Other-report-full.json", "results/readme.txt" },
            Files(run));
    }

    [TestMethod]
    public void A_run_that_never_begins_removes_nothing()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, RunOutputs);
        var before = Files(run);

        // --list, --help or a filter that matches nothing: the folder is claimed, then no benchmark runs.
        RunFolder.Claim(run, "listing", NoWait).Dispose();

        CollectionAssert.AreEqual(before, Files(run));
    }

    [TestMethod]
    public void An_empty_folder_is_adopted()
    {
        using var folder = new TemporaryFolder();
        var run = Directory.CreateDirectory(folder.File("made-by-a-script")).FullName;

        RunInto(run, "report.md");

        CollectionAssert.AreEqual(new[] { RunFolderLayout.ManifestName, "report.md" }, Files(run));
    }

    [TestMethod]
    public void A_file_changed_after_the_run_wrote_it_stays_and_the_next_run_says_what_to_do()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, "report.md");
        File.AppendAllText(folder.File("run/report.md"), " and my notes");

        var error = Assert.ThrowsExactly<InputException>(() => RunFolder.Claim(run, "next", NoWait));

        Assert.Contains("report.md changed after MemoryBench wrote it", error.Message);
        Assert.AreEqual("report.md and my notes", File.ReadAllText(folder.File("run/report.md")));
    }

    [TestMethod]
    public void Nothing_is_removed_through_a_symbolic_link()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, "sub/App.log");
        // The folder the run wrote into is replaced by a link to the user's folder holding a file of the same name.
        var users = folder.Write("elsewhere/App.log", "the user's");
        Directory.Delete(folder.File("run/sub"), recursive: true);
        Directory.CreateSymbolicLink(folder.File("run/sub"), Path.GetDirectoryName(users)!);

        RunInto(run);

        Assert.AreEqual("the user's", File.ReadAllText(users));
    }

    [TestMethod]
    public void A_results_folder_that_is_a_link_refuses_the_run_and_its_target_keeps_its_files()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, "results/App.Bench-report-full.json");
        var users = folder.Write("elsewhere/MyLib-report-full.json", "the user's");
        Directory.Delete(folder.File("run/results"), recursive: true);
        Directory.CreateSymbolicLink(folder.File("run/results"), Path.GetDirectoryName(users)!);

        var error = Assert.ThrowsExactly<InputException>(() => RunFolder.Claim(run, "next", NoWait));

        Assert.Contains("results is a symbolic link", error.Message);
        Assert.AreEqual("the user's", File.ReadAllText(users));
    }

    [TestMethod]
    public void A_run_folder_reached_through_a_link_is_the_folder_itself()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, "report.md");
        Directory.CreateSymbolicLink(folder.File("run-link"), run);

        RunInto(folder.File("run-link"), "verdicts.json");

        CollectionAssert.AreEqual(new[] { RunFolderLayout.ManifestName, "verdicts.json" }, Files(run));
    }

    [TestMethod]
    public void After_a_killed_run_the_next_removes_what_appeared_while_it_ran()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        folder.Write("run/notes.txt", "mine");
        File.SetLastWriteTimeUtc(folder.File("run/notes.txt"), DateTime.UtcNow.AddDays(-1));
        // A run that was killed after it began: its manifest still says it goes on.
        var killed = RunManifest.New with { Run = new RunRecord("killed", 1, DateTimeOffset.UtcNow.AddMinutes(-1), null), Kept = ["notes.txt"] };
        File.WriteAllText(folder.File($"run/{RunFolderLayout.ManifestName}"), JsonSerializer.Serialize(killed, RunManifestJsonContext.Default.RunManifest));
        folder.Write("run/results/App.Bench-report-full.json", "{}");
        folder.Write("run/report.md", "half");

        RunInto(run);

        CollectionAssert.AreEqual(new[] { RunFolderLayout.ManifestName, "notes.txt" }, Files(run));
    }

    [TestMethod]
    public void A_second_run_into_the_same_folder_waits_and_then_gives_up_removing_nothing()
    {
        using var folder = new TemporaryFolder();
        var run = folder.File("run");
        RunInto(run, RunOutputs);
        Directory.CreateSymbolicLink(folder.File("run-link"), run);
        using var first = RunFolder.Claim(run, "first", NoWait);
        var waited = false;

        var error = Assert.ThrowsExactly<InputException>(() => RunFolder.Claim(folder.File("run-link"), "second", TimeSpan.FromMilliseconds(200), _ => waited = true));

        Assert.IsTrue(waited);
        Assert.Contains("is being run by another process", error.Message);
        Assert.HasCount(RunOutputs.Length + 1, Files(run));
    }

    [TestMethod]
    public void A_run_folder_that_is_a_file_is_refused()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("results.txt", "mine");

        var error = Assert.ThrowsExactly<InputException>(() => RunFolder.Claim(file, "run", NoWait));

        Assert.Contains("is a file; expected the run folder (--artifacts)", error.Message);
        Assert.AreEqual("mine", File.ReadAllText(file));
    }
}
