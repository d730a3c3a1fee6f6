using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static Func<long, Stream?> OpenAt(byte[] bytes) => offset => new MemoryStream(bytes, (int)offset, bytes.Length - (int)offset);

    private static readonly int[] BufferSizes = [4, 5, 7, 31, 64, 1_000, 4_096, ExportDocumentReader.BufferBytes];

    public static IEnumerable<object[]> RealExports =>
        new[] { "0.14", "0.15" }.SelectMany(version => Directory.GetFiles(Exports.Folder(version), "*.json")).Order(StringComparer.Ordinal)
            .Select(file => new object[] { Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetFileName(file) });

    [TestMethod]
    [DynamicData(nameof(RealExports))]
    public void A_real_export_is_read_as_the_serializer_reads_it_whatever_the_buffer_size(string folder, string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reading", "Exports", folder, file);
        var expected = DocumentText.Of(ExportParser.ReadBySerializer(path));

        foreach (var size in BufferSizes)
        {
            using var stream = File.OpenRead(path);
            var document = ExportDocumentReader.TryRead(stream, size);

            Assert.IsNotNull(document, $"{file} at a {size}-byte buffer was left to the serializer");
            Assert.AreEqual(expected, DocumentText.Of(document), $"{file} at a {size}-byte buffer");
        }
    }

    [TestMethod]
    public void An_export_with_MemoryBenchs_annotations_is_read_as_the_serializer_reads_it()
    {
        var annotated = SeedInputs.All.Single(seed => seed.Name.StartsWith("Annotated.", StringComparison.Ordinal)).Bytes;
        var expected = DocumentText.Of(JsonSerializer.Deserialize(annotated, ExportJsonContext.Default.ExportDocument));

        foreach (var size in BufferSizes)
        {
            var document = ExportDocumentReader.TryRead(new MemoryStream(annotated), size);

            StringAssert.Contains(expected, "Budget", "the seed has no annotations to read");
            Assert.AreEqual(expected, DocumentText.Of(document), $"at a {size}-byte buffer");
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
            Gen.Int[-1, 100_000],
            (seed, kind, target, value, size, split) => (Mutation: new Mutation(seed, kind, target, value, 0), Size: size, Split: split));
        var read = 0;
        var leftToTheSerializer = 0;

        mutations.Sample(
            sample =>
            {
                var bytes = Mutator.Apply(sample.Mutation);
                var ours = sample.Split < 0
                    ? ExportDocumentReader.TryRead(new MemoryStream(bytes), sample.Size)
                    : ExportDocumentReader.TryRead(new MemoryStream(bytes), OpenAt(bytes), sample.Size, sample.Split % bytes.Length);
                if (SerializerAgreement.Holds(ours, () => JsonSerializer.Deserialize(new MemoryStream(bytes), ExportJsonContext.Default.ExportDocument), sample.ToString()))
                {
                    Interlocked.Increment(ref read);
                }
                else
                {
                    Interlocked.Increment(ref leftToTheSerializer);
                }
            },
            iter: 3_000,
            threads: Environment.ProcessorCount);

        // Most mutations leave a document the serializer reads; a reader that gave up on everything would pass the above.
        Assert.IsGreaterThan(1_000, read, $"{read} read, {leftToTheSerializer} left to the serializer");
    }

    [TestMethod]
    [DynamicData(nameof(RealExports))]
    public void A_real_export_read_on_two_cores_is_read_as_the_serializer_reads_it_wherever_the_second_reader_starts(string folder, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Reading", "Exports", folder, file));
        var expected = DocumentText.Of(JsonSerializer.Deserialize(bytes, ExportJsonContext.Default.ExportDocument));
        var stoppedShort = 0;

        for (var from = 0; from < bytes.Length; from += 53)
        {
            var first = new CountingStream(bytes);
            var document = ExportDocumentReader.TryRead(first, OpenAt(bytes), bufferBytes: 64, searchFrom: from);

            Assert.AreEqual(expected, DocumentText.Of(document), $"{file}, the second reader searching from byte {from}");
            stoppedShort += first.BytesRead < bytes.Length ? 1 : 0;
        }

        // Where the second reader starts at a benchmark, the first stops there and takes what the second read.
        Assert.IsGreaterThan(0, stoppedShort, $"{file}: the first reader read on to the end from every split");
    }

    [TestMethod]
    public void A_large_export_file_is_read_on_two_cores_as_the_serializer_reads_it()
    {
        // One real export's benchmarks repeated past the size from which a file is read on two cores.
        var export = JsonNode.Parse(File.ReadAllBytes(SeedInputs.CleanExport))!.AsObject();
        var benchmarks = export["Benchmarks"]!.AsArray();
        var one = benchmarks.ToJsonString().Length;
        var copies = (int)(ExportDocumentReader.SplitBytes / one) + 2;
        var originals = benchmarks.Select(benchmark => benchmark!.ToJsonString()).ToList();
        for (var copy = 1; copy < copies; copy++)
        {
            originals.ForEach(benchmark => benchmarks.Add(JsonNode.Parse(benchmark)));
        }

        var folder = Directory.CreateTempSubdirectory("memorybench-split-").FullName;
        try
        {
            var path = Path.Combine(folder, "Large-report-full.json");
            File.WriteAllText(path, export.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            Assert.IsGreaterThanOrEqualTo(ExportDocumentReader.SplitBytes, new FileInfo(path).Length);

            Assert.AreEqual(DocumentText.Of(ExportParser.ReadBySerializer(path)), DocumentText.Of(ExportParser.ReadDocument(path)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void A_second_reader_started_inside_a_benchmark_is_not_taken()
    {
        // An object nested in a benchmark that looks like a benchmark's start: the second reader starts there, the first
        // never arrives there, and reads on alone.
        var json = File.ReadAllText(SeedInputs.CleanExport);
        var decoy = json.Replace("\"Statistics\"", "\"Decoy\": {\"DisplayInfo\": \"x\", \"Type\": \"y\"}, \"Statistics\"", StringComparison.Ordinal);
        Assert.AreNotEqual(json, decoy);
        var bytes = Encoding.UTF8.GetBytes(decoy);
        var decoyAt = decoy.IndexOf("\"Decoy\"", StringComparison.Ordinal);
        var expected = DocumentText.Of(JsonSerializer.Deserialize(bytes, ExportJsonContext.Default.ExportDocument));

        var document = ExportDocumentReader.TryRead(new MemoryStream(bytes), OpenAt(bytes), bufferBytes: 64, searchFrom: decoyAt);

        Assert.AreEqual(expected, DocumentText.Of(document));
    }

    [TestMethod]
    public void A_document_cut_short_or_followed_by_anything_but_white_space_is_left_to_the_serializer()
    {
        var clean = File.ReadAllBytes(SeedInputs.CleanExport);

        Assert.IsNotNull(ExportDocumentReader.TryRead(new MemoryStream([.. clean, .. " \n\t "u8])));
        Assert.IsNull(ExportDocumentReader.TryRead(new MemoryStream([.. clean, .. "{}"u8])));
        Assert.IsNull(ExportDocumentReader.TryRead(new MemoryStream(clean[..Array.LastIndexOf(clean, (byte)'}')])));
    }

    /// <summary>A file's bytes that tell how many of them were read.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        // A span read of a derived MemoryStream comes here too.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
