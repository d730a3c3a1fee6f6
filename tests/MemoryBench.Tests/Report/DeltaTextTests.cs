using MemoryBench.Report;

namespace MemoryBench.Tests.Report;

[TestClass]
public sealed class DeltaTextTests
{
    [TestMethod]
    [DataRow(40_000d, 40_024d, "+24 B (+0.06%)")]
    [DataRow(12_288d, 11_059.2d, "\u22121.2 KiB (\u221210.0%)")]
    [DataRow(22_400d, 22_424d, "+24 B (+0.11%)")]
    [DataRow(5_288_130d, 5_288_154d, "+24 B (+<0.01%)")]
    [DataRow(1_000d, 2_000d, "+1,000 B (+100.0%)")]
    [DataRow(24d, 1_048_600d, "+1 MiB (\u00d743,692)")]
    [DataRow(100d, 0d, "\u2212100 B (\u2212100.0%)")]
    public void Delta_has_a_sign_a_size_and_a_percentage(double baseline, double current, string expected)
    {
        Assert.AreEqual(expected, DeltaText.Format(baseline, current));
    }

    [TestMethod]
    public void No_change_reads_zero_bytes()
    {
        Assert.AreEqual("0 B", DeltaText.Format(39_000, 39_000));
    }

    [TestMethod]
    public void Growth_from_zero_has_no_percentage()
    {
        Assert.AreEqual("+24 B (from 0)", DeltaText.Format(0, 24));
    }

    [TestMethod]
    public void Ascii_delta_uses_hyphen_and_x()
    {
        Assert.AreEqual("-1.2 KiB (-10.0%)", DeltaText.Format(12_288, 11_059.2, ascii: true));
        Assert.AreEqual("+1 MiB (x43,692)", DeltaText.Format(24, 1_048_600, ascii: true));
    }

    [TestMethod]
    public void Delta_of_a_figure_that_is_not_a_number_reads_not_available()
    {
        Assert.AreEqual("n/a", DeltaText.Format(double.NaN, 24));
    }
}
