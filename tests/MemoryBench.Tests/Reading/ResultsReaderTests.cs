using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class ResultsReaderTests
{
    [TestMethod]
    public void A_baseline_file_is_read_as_a_baseline()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));

        var read = ResultsReader.Read(file);

        Assert.AreEqual("Shop.Pricing.Total", read.Benchmarks.Single().Id.Value);
    }

    [TestMethod]
    public void An_export_is_read_as_an_export_whatever_its_name()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("results.json", File.ReadAllText(Exports.Full("0.15", "Hashing")));

        var read = ResultsReader.Read(file);

        Assert.AreEqual($"{Exports.Namespace}.Hashing.HashCode", read.Benchmarks.Single().Id.Value);
    }

    [TestMethod]
    public void A_folder_is_read_as_a_folder_of_exports()
    {
        Assert.AreEqual(16, ResultsReader.Read(Exports.Folder("0.15")).Benchmarks.Length);
    }
}
