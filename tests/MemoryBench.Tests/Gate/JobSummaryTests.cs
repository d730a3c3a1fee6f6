using System.Diagnostics;
using MemoryBench.Gate;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Gate;

/// <summary>The job summary is optional: whatever stands in its way is one warning, never a failure, a hang or a write onto an input.</summary>
[TestClass]
public sealed class JobSummaryTests
{
    private static string Append(string? path, params string[] inputs)
    {
        using var warnings = new StringWriter();
        new JobSummary(path, warnings).Append("## MemoryBench\n", inputs);
        return warnings.ToString();
    }

    private static void RequireUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Devices and named pipes are not files on Windows.");
        }
    }

    [TestMethod]
    public void The_report_is_appended_to_the_summary_file()
    {
        using var folder = new TemporaryFolder();
        var summary = folder.Write("summary.md", "earlier step\n");

        Assert.AreEqual("", Append(summary));
        Assert.AreEqual("earlier step\n## MemoryBench\n", File.ReadAllText(summary));
    }

    [TestMethod]
    public void Without_a_summary_file_nothing_is_written()
    {
        Assert.AreEqual("", Append(null));
        Assert.AreEqual("", Append(""));
    }

    [TestMethod]
    public void A_folder_is_a_warning()
    {
        using var folder = new TemporaryFolder();

        Assert.Contains("is not written: it is a folder", Append(folder.Path));
    }

    [TestMethod]
    public void A_missing_folder_is_a_warning_and_nothing_is_made()
    {
        using var folder = new TemporaryFolder();

        Assert.Contains("its folder does not exist", Append(folder.File("missing/summary.md")));
        Assert.IsFalse(Directory.Exists(folder.File("missing")));
    }

    [TestMethod]
    public void A_full_device_is_a_warning()
    {
        RequireUnix();

        Assert.Contains("not a regular file", Append("/dev/full"));
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void A_named_pipe_nobody_reads_is_a_warning_not_a_wait()
    {
        RequireUnix();
        using var folder = new TemporaryFolder();
        var pipe = folder.File("summary.md");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        Assert.Contains("not a regular file", Append(pipe));
    }

    [TestMethod]
    public void An_input_of_the_command_is_never_appended_to_even_through_a_link()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Write("run/results/App-report-full.json", "{}");
        File.CreateSymbolicLink(folder.File("summary.md"), export);

        Assert.Contains("it is an input of this command", Append(folder.File("summary.md"), export));
        Assert.AreEqual("{}", File.ReadAllText(export));
    }

    [TestMethod]
    public void A_file_inside_the_run_folder_is_never_appended_to()
    {
        using var folder = new TemporaryFolder();
        var export = folder.Write("run/results/App-report-full.json", "{}");

        Assert.Contains("is an input of this command, or in the run folder", Append(export, folder.File("run")));
        Assert.AreEqual("{}", File.ReadAllText(export));
    }
}
