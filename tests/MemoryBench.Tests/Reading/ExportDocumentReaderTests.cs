using System.Text.Json;
using CsCheck;
using MemoryBench.Reading.Export;
using MemoryBench.Tests.Fuzzing;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// The export reader of MemoryBench's own against the serializer's reading, which is the reference: the same document from
/// every real export at every buffer size (a benchmark then straddles the buffer's end at every place), and for hostile
/// inputs either the same document or none, never one the serializer refuses.
/// </summary>
[TestClass]
public sealed class ExportDocumentReaderTests
{
    private static readonly int[] BufferSizes = [4, 5, 7, 31, 64, 1_000, 4_096, ExportDocumentReader.BufferBytes];

    public static IEnumerable<object[]> RealExports =>
        new[] { "0.14", "0.15" }.SelectMany(version => Directory.GetFiles(Exports.Folder(version), "*.json")).Order(StringComparer.Ordinal)
            .Select(file => new object[] { Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetFileName(file) });

    [TestMethod]
    [DynamicData(nameof(RealExports))]
    public void A_real_export_is_read_as_the_serializer_reads_it_whatever_the_buffer_size(string folder, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reading", "Exports", folder, file);
        var expected = ExportDocumentText.Of(ExportParser.ReadBySerializer(path));

        foreach (var size in BufferSizes)
        {
            using var stream = File.OpenRead(path);
            var document = ExportDocumentReader.TryRead(stream, size);

            Assert.IsNotNull(document, $"{file} at a {size}-byte buffer was left to the serializer");
            Assert.AreEqual(expected, ExportDocumentText.Of(document), $"{file} at a {size}-byte buffer");
        }
    }

    [TestMethod]
    public void An_export_with_MemoryBenchs_annotations_is_read_as_the_serializer_reads_it()
    {
        var annotated = SeedInputs.All.Single(seed => seed.Name.StartsWith("Annotated.", StringComparison.Ordinal)).Bytes;
        var expected = ExportDocumentText.Of(JsonSerializer.Deserialize(annotated, ExportJsonContext.Default.ExportDocument));

        foreach (var size in BufferSizes)
        {
            var document = ExportDocumentReader.TryRead(new MemoryStream(annotated), size);

            StringAssert.Contains(expected, "Budget", "the seed has no annotations to read");
            Assert.AreEqual(expected, ExportDocumentText.Of(document), $"at a {size}-byte buffer");
        }
    }

    [TestMethod]
    public void A_hostile_export_is_read_as_the_serializer_reads_it_or_left_to_the_serializer()
    {
        var exportSeeds = Enumerable.Range(0, SeedInputs.All.Count).Where(index => SeedInputs.All[index].Kind == SeedKind.Export).ToArray();
        var mutations = Gen.Select(
            Gen.Int[0, exportSeeds.Length - 1].Select(index => exportSeeds[index]),
            Gen.Enum<MutationKind>(),
            Gen.Int[0, int.MaxValue],
            Gen.Int[0, 1_000],
            Gen.Int[0, BufferSizes.Length - 1].Select(index => BufferSizes[index]),
            (seed, kind, target, value, size) => (Mutation: new Mutation(seed, kind, target, value, 0), Size: size));
        var read = 0;
        var leftToTheSerializer = 0;

        mutations.Sample(
            sample =>
            {
                var bytes = Mutator.Apply(sample.Mutation);
                var ours = ExportDocumentReader.TryRead(new MemoryStream(bytes), sample.Size);
                string expected;
                try
                {
                    expected = ExportDocumentText.Of(JsonSerializer.Deserialize(new MemoryStream(bytes), ExportJsonContext.Default.ExportDocument));
                }
                catch (JsonException)
                {
                    Assert.IsNull(ours, $"{sample.Mutation} at a {sample.Size}-byte buffer: read a document the serializer refuses");
                    Interlocked.Increment(ref leftToTheSerializer);
                    return;
                }

                if (ours is null)
                {
                    Interlocked.Increment(ref leftToTheSerializer);
                    return;
                }

                Assert.AreEqual(expected, ExportDocumentText.Of(ours), $"{sample.Mutation} at a {sample.Size}-byte buffer");
                Interlocked.Increment(ref read);
            },
            iter: 3_000,
            threads: Environment.ProcessorCount);

        // Most mutations leave a document the serializer reads; a reader that gave up on everything would pass the above.
        Assert.IsGreaterThan(1_000, read, $"{read} read, {leftToTheSerializer} left to the serializer");
    }

    [TestMethod]
    public void A_document_cut_short_or_followed_by_anything_but_white_space_is_left_to_the_serializer()
    {
        var clean = File.ReadAllBytes(SeedInputs.CleanExport);

        Assert.IsNotNull(ExportDocumentReader.TryRead(new MemoryStream([.. clean, .. " \n\t "u8])));
        Assert.IsNull(ExportDocumentReader.TryRead(new MemoryStream([.. clean, .. "{}"u8])));
        Assert.IsNull(ExportDocumentReader.TryRead(new MemoryStream(clean[..Array.LastIndexOf(clean, (byte)'}')])));
    }
}
