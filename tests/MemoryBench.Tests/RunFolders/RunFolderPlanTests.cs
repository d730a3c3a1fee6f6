using MemoryBench.RunFolders;

namespace MemoryBench.Tests.RunFolders;

/// <summary>Whose a run folder is, and what a run removes from it: only what MemoryBench's earlier run wrote, as it wrote it.</summary>
[TestClass]
public sealed class RunFolderPlanTests
{
    private static readonly DateTimeOffset EarlierRun = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static FolderEntry File(string path, long bytes = 10, DateTimeOffset? modified = null) =>
        new(path, EntryKind.File, bytes, modified ?? EarlierRun.AddMinutes(1));

    private static WrittenFile Written(FolderEntry entry) => new(entry.Path, entry.Bytes, entry.Modified);

    private static RunManifest Finished(params FolderEntry[] written) =>
        RunManifest.New with
        {
            Run = new RunRecord("earlier", 1, EarlierRun, EarlierRun.AddMinutes(5)),
            Written = [.. written.Select(Written)],
        };

    [TestMethod]
    public void A_folder_that_does_not_exist_is_made_and_owned()
    {
        var plan = RunFolderPlan.Of(exists: false, manifest: null, entries: []);

        Assert.AreEqual(RunFolderState.New, plan.State);
        Assert.IsNull(plan.Refusal);
    }

    [TestMethod]
    public void An_empty_folder_is_adopted_as_there_is_nothing_to_lose()
    {
        var plan = RunFolderPlan.Of(exists: true, manifest: null, entries: []);

        Assert.AreEqual(RunFolderState.Empty, plan.State);
        Assert.IsEmpty(plan.Remove);
        Assert.IsNull(plan.Refusal);
    }

    [TestMethod]
    public void A_folder_of_files_without_a_manifest_is_refused_naming_the_files_and_how_to_go_on()
    {
        FolderEntry[] entries = [File("report.md"), File("build.log"), File("results/annual-report.pdf")];

        var plan = RunFolderPlan.Of(exists: true, manifest: null, entries);

        Assert.AreEqual(RunFolderState.Foreign, plan.State);
        Assert.IsEmpty(plan.Remove);
        Assert.Contains("holds 3 files MemoryBench did not write (build.log, report.md, results/annual-report.pdf)", plan.Refusal!);
        Assert.Contains("--artifacts", plan.Refusal!);
    }

    [TestMethod]
    public void The_files_the_earlier_run_wrote_are_removed_and_nothing_else()
    {
        var export = File("results/App-report-full.json");
        var log = File("App-20261201-100000.log");
        var notes = File("notes.txt");

        var plan = RunFolderPlan.Of(exists: true, Finished(export, log), [export, log, notes]);

        Assert.AreEqual(RunFolderState.Owned, plan.State);
        CollectionAssert.AreEqual(new[] { log.Path, export.Path }, plan.Remove.ToArray());
        CollectionAssert.AreEqual(new[] { notes.Path }, plan.Kept.ToArray());
        Assert.IsNull(plan.Refusal);
    }

    [TestMethod]
    [DataRow(11L, 0)]
    [DataRow(10L, 1)]
    public void A_listed_file_changed_since_it_was_written_is_not_removed_and_the_run_is_refused(long bytesNow, int minutesLater)
    {
        var report = File("report.md");
        var changed = report with { Bytes = bytesNow, Modified = report.Modified.AddMinutes(minutesLater) };

        var plan = RunFolderPlan.Of(exists: true, Finished(report), [changed]);

        Assert.IsEmpty(plan.Remove);
        Assert.Contains("report.md changed after MemoryBench wrote it", plan.Refusal!);
    }

    [TestMethod]
    public void A_listed_file_that_is_now_a_link_is_not_removed()
    {
        var export = File("results/App-report-full.json");

        var plan = RunFolderPlan.Of(exists: true, Finished(export), [export with { Kind = EntryKind.Link }]);

        Assert.IsEmpty(plan.Remove);
        Assert.IsNotNull(plan.Refusal);
    }

    [TestMethod]
    public void After_a_killed_run_the_files_that_appeared_while_it_ran_are_removed_and_older_ones_kept()
    {
        var killed = RunManifest.New with { Run = new RunRecord("killed", 1, EarlierRun, null), Kept = ["notes.txt"] };
        var notes = File("notes.txt", modified: EarlierRun.AddDays(-3));
        var copiedIn = File("old.txt", modified: EarlierRun.AddDays(-1));
        var export = File("results/App-report-full.json", modified: EarlierRun.AddMinutes(2));
        var log = File("App.log", modified: EarlierRun.AddSeconds(1));

        var plan = RunFolderPlan.Of(exists: true, killed, [notes, copiedIn, export, log]);

        CollectionAssert.AreEqual(new[] { log.Path, export.Path }, plan.Remove.ToArray());
        CollectionAssert.AreEquivalent(new[] { notes.Path, copiedIn.Path }, plan.Kept.ToArray());
    }

    [TestMethod]
    [DataRow("report.md")]
    [DataRow("verdicts.json")]
    [DataRow("results/MyLib-report-full.json")]
    [DataRow("allocations/config.json")]
    public void A_file_of_someone_else_where_a_run_writes_or_reads_by_name_refuses_the_run(string path)
    {
        var plan = RunFolderPlan.Of(exists: true, Finished(), [File(path)]);

        Assert.IsEmpty(plan.Remove);
        Assert.Contains($"{path} is not MemoryBench's", plan.Refusal!);
    }

    [TestMethod]
    [DataRow("results")]
    [DataRow("allocations")]
    public void A_link_in_place_of_a_folder_a_run_writes_into_refuses_the_run(string folder)
    {
        var plan = RunFolderPlan.Of(exists: true, Finished(), [new FolderEntry(folder, EntryKind.Link, 0, default)]);

        Assert.Contains($"{folder} is a symbolic link", plan.Refusal!);
    }

    [TestMethod]
    public void Files_of_someone_else_elsewhere_in_an_owned_folder_are_kept_without_refusing()
    {
        var plan = RunFolderPlan.Of(exists: true, Finished(), [File("notes.txt"), File("results/readme.txt")]);

        Assert.IsNull(plan.Refusal);
        Assert.IsEmpty(plan.Remove);
        Assert.HasCount(2, plan.Kept);
    }
}
