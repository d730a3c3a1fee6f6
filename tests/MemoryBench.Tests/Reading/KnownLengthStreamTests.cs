using System.Text;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class KnownLengthStreamTests
{
    [TestMethod]
    public void A_file_read_to_its_known_length_reads_whole()
    {
        using var stream = new KnownLengthStream(new MemoryStream(Encoding.UTF8.GetBytes("{ \"a\": 1 }")), "export.json", 10);
        using var reader = new StreamReader(stream);

        Assert.AreEqual("{ \"a\": 1 }", reader.ReadToEnd());
    }

    [TestMethod]
    public void A_file_longer_than_when_it_was_opened_is_refused_as_still_being_written()
    {
        using var stream = new KnownLengthStream(new MemoryStream(new byte[64]), "export.json", 40);

        var error = Assert.ThrowsExactly<InputException>(() => stream.CopyTo(Stream.Null));

        Assert.AreEqual("export.json", error.FilePath);
        StringAssert.Contains(error.Message, "grew while it was read");
    }

    [TestMethod]
    public void A_file_read_from_an_offset_is_refused_when_it_holds_more_than_its_known_length()
    {
        using var stream = new KnownLengthStream(new MemoryStream(new byte[30]), "export.json", 40, start: 20);

        var error = Assert.ThrowsExactly<InputException>(() => stream.CopyTo(Stream.Null));

        StringAssert.Contains(error.Message, "grew while it was read");
    }
}
