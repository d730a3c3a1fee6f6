using System.Text.Json.Nodes;
using MemoryBench.Reading;
using MemoryBench.Tests.Cli;

namespace MemoryBench.Tests.Reading;

/// <summary>Exports an earlier run left in a folder are not read as results of the current one (issue 9).</summary>
[TestClass]
public sealed class StaleExportTests
{
    private const string Ns = Exports.Namespace;

    /// <summary>Copies a fixture export into <paramref name="subfolder"/>, its title dated <paramref name="stamp"/> when given.</summary>
    private static string Export(TemporaryFolder folder, string type, string subfolder, string? stamp = null)
    {
        var copy = folder.Copy(Exports.Full("0.15", type), subfolder);
        if (stamp is not null)
        {
            var document = JsonNode.Parse(File.ReadAllText(copy))!;
            document["Title"] = $"{Ns}.{type}-{stamp}";
            File.WriteAllText(copy, document.ToJsonString());
        }

        return copy;
    }

    [TestMethod]
    public void An_export_dated_long_before_the_others_is_ignored_with_a_warning()
    {
        using var folder = new TemporaryFolder();
        Export(folder, "StringJoining", "run");
        Export(folder, "Hashing", "run", stamp: "20261120-101500");

        var run = BenchmarkDotNetReader.Read(folder.File("run"));

        Assert.IsTrue(run.Benchmarks.All(b => b.Name.Type == "StringJoining"));
        var warning = run.Warnings.Single();
        Assert.Contains($"{Ns}.Hashing-report-full.json in ", warning);
        Assert.Contains("dated 2026-11-20 10:15:00, more than 1 hour before the newest run (2026-11-25 07:27:24)", warning);
    }

    [TestMethod]
    public void A_renamed_class_whose_old_export_stayed_behind_fails_the_gate_as_removed()
    {
        using var folder = new TemporaryFolder();
        var baseline = Runs.OnlyTypes(folder, "baseline", "StringJoining", "Hashing");
        Export(folder, "StringJoining", "current");
        Export(folder, "Hashing", "current", stamp: "20261120-101500");

        var outcome = CommandOutcome.Run("compare", "--baseline", baseline, "--current", folder.File("current"));

        Assert.AreEqual(1, outcome.ExitCode, outcome.Output);
        Assert.Contains("removed", outcome.OutputLineWith("Hashing.HashCode"));
        Assert.Contains("warning: ", outcome.OutputLineWith("earlier run, ignored"));
    }

    [TestMethod]
    public void A_baseline_made_from_a_folder_with_an_earlier_runs_export_names_it_and_leaves_it_out()
    {
        using var folder = new TemporaryFolder();
        Export(folder, "StringJoining", "run");
        Export(folder, "Caching", "run", stamp: "20261120-101500");
        var baseline = folder.File("baseline.json");

        var outcome = CommandOutcome.Run("baseline", "--from", folder.File("run"), "--out", baseline);

        Assert.AreEqual(0, outcome.ExitCode, outcome.Error);
        Assert.StartsWith("warning: ", outcome.Error);
        Assert.Contains($"{Ns}.Caching-report-full.json in ", outcome.Error);
        Assert.IsTrue(BaselineStore.Read(baseline).Benchmarks.All(b => b.Name.Type == "StringJoining"));
    }

    [TestMethod]
    public void Exports_of_one_run_spread_over_minutes_are_all_read()
    {
        Assert.IsEmpty(BenchmarkDotNetReader.Read(Exports.Folder("0.15")).Warnings);
    }

    [TestMethod]
    public void A_subfolder_that_cannot_be_read_is_an_input_error()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            Assert.Inconclusive("Only a non-root user on Unix can be denied a folder's listing.");
            return;
        }

        using var folder = new TemporaryFolder();
        Export(folder, "StringJoining", "run");
        var locked = Directory.CreateDirectory(Path.Combine(folder.File("run"), "locked"));
        File.SetUnixFileMode(locked.FullName, UnixFileMode.None);
        try
        {
            var outcome = CommandOutcome.Run("compare", "--baseline", folder.File("run"), "--current", folder.File("run"));

            outcome.AssertBadInput("cannot be read");
        }
        finally
        {
            File.SetUnixFileMode(locked.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // The export's "FullName": the method with its parameters as BenchmarkDotNet writes them (Count: 10).
    private static string FullNameOf(MemoryBench.Model.BenchmarkName name) =>
        $"{name.Namespace}.{name.Type}.{name.Method}" + (name.Parameters.Length > 0 ? $"({name.Parameters.Replace("=", ": ", StringComparison.Ordinal)})" : "");
}
