using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class ByteSizeTests
{
    [TestMethod]
    [DataRow(0d, "0 B")]
    [DataRow(24d, "24 B")]
    [DataRow(1023d, "1,023 B")]
    [DataRow(1024d, "1 KiB")]
    [DataRow(39_000d, "38.09 KiB")]
    [DataRow(1_048_575d, "1 MiB")]
    [DataRow(5_288_130d, "5.04 MiB")]
    [DataRow(3_221_225_472d, "3 GiB")]
    [DataRow(48.14d, "48.14 B")]
    [DataRow(-1_280d, "-1.25 KiB")]
    public void Sizes_read_in_binary_units_with_1_KiB_of_1024_bytes(double bytes, string expected)
    {
        Assert.AreEqual(expected, ByteSize.Format(bytes));
    }

    [TestMethod]
    public void Size_that_is_not_a_number_reads_not_available()
    {
        Assert.AreEqual("n/a", ByteSize.Format(double.NaN));
        Assert.AreEqual("n/a", ByteSize.Format(double.PositiveInfinity));
    }

    [TestMethod]
    public void Exact_bytes_have_thousands_separators_whatever_the_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            Assert.AreEqual("39,000 B", ByteSize.Exact(39_000));
            Assert.AreEqual("38.09 KiB", ByteSize.Format(39_000));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
