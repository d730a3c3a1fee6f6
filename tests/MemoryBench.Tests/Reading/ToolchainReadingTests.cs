using System.Text.Json.Nodes;
using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

/// <summary>What measured a run, read from its exports: BenchmarkDotNet's version and MemoryBench.BenchmarkDotNet's.</summary>
[TestClass]
public sealed class ToolchainReadingTests
{
    [TestMethod]
    public void A_run_records_the_BenchmarkDotNet_version_of_its_exports()
    {
        Assert.AreEqual(new Toolchain("0.15.8", null), BenchmarkDotNetReader.Read(Exports.Folder("0.15")).Toolchain);
        Assert.AreEqual(new Toolchain("0.14.0", null), BenchmarkDotNetReader.Read(Exports.Folder("0.14")).Toolchain);
    }

    [TestMethod]
    public void An_export_of_MemoryBench_BenchmarkDotNet_names_its_version_without_the_commit()
    {
        using var folder = new TemporaryFolder();
        var export = Annotated(folder, "Hashing", run => run["Version"] = "0.2.0+3896879b2c0f");

        Assert.AreEqual(new Toolchain("0.15.8", "0.2.0"), BenchmarkDotNetReader.Read(export).Toolchain);
    }

    [TestMethod]
    public void An_export_of_MemoryBench_BenchmarkDotNet_that_does_not_name_its_version_is_of_an_unknown_one()
    {
        using var folder = new TemporaryFolder();
        var export = Annotated(folder, "Hashing", _ => { });

        Assert.AreEqual(new Toolchain("0.15.8", "unknown"), BenchmarkDotNetReader.Read(export).Toolchain);
    }

    [TestMethod]
    public void Exports_of_different_versions_read_as_all_of_them_not_as_one()
    {
        using var folder = new TemporaryFolder();
        var plain = folder.Copy(Exports.Full("0.14", "Hashing"));
        var annotated = Annotated(folder, "Caching", run => run["Version"] = "0.2.0");

        var toolchain = BenchmarkDotNetReader.Read([plain, annotated]).Toolchain;

        Assert.AreEqual(new Toolchain("0.14.0, 0.15.8", "0.2.0, none"), toolchain);
    }

    // A copy of the 0.15 export of one type with the run's "MemoryBench" object MemoryBench's exporter writes, edited.
    private static string Annotated(TemporaryFolder folder, string type, Action<JsonObject> edit)
    {
        var export = folder.Copy(Exports.Full("0.15", type));
        ExportAnnotations.Annotate(export, new RunSelection([], 1, 1));
        var document = JsonNode.Parse(File.ReadAllText(export))!;
        edit(document["MemoryBench"]!.AsObject());
        File.WriteAllText(export, document.ToJsonString());
        return export;
    }
}
