using System.Text;
using System.Text.Json;
using CsCheck;
using MemoryBench.Reading;
using MemoryBench.Reading.Baseline;
using MemoryBench.Tests.Fuzzing;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// The baseline reader of MemoryBench's own against the serializer's reading, which is the reference: the same document
/// from every baseline MemoryBench writes, and for hostile inputs either the same document or none, never one the
/// serializer refuses.
/// </summary>
[TestClass]
public sealed class BaselineDocumentReaderTests
{
    public static IEnumerable<object[]> WrittenBaselines =>
    [
        ["from the BenchmarkDotNet 0.14 exports"],
        ["from the BenchmarkDotNet 0.15 exports"],
        ["with every member"],
        ["of schema 1"],
        ["committed"],
    ];

    [TestMethod]
    [DynamicData(nameof(WrittenBaselines))]
    public void A_baseline_MemoryBench_wrote_is_read_as_the_serializer_reads_it(string which)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("baseline.json");
        switch (which)
        {
            case "from the BenchmarkDotNet 0.14 exports":
                BaselineStore.Write(path, BenchmarkDotNetReader.Read(Exports.Folder("0.14")));
                break;
            case "from the BenchmarkDotNet 0.15 exports":
                BaselineStore.Write(path, BenchmarkDotNetReader.Read(Exports.Folder("0.15")));
                break;
            case "with every member":
                BaselineStore.Write(path, SeedInputs.ProfiledBaseline());
                break;
            case "of schema 1":
                File.WriteAllText(path, BaselineStoreTests.SchemaOne);
                break;
            default:
                File.Copy(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "results", "baseline.json"), path);
                break;
        }

        var json = File.ReadAllBytes(path);
        var document = BaselineDocumentReader.TryRead(json);

        Assert.IsNotNull(document, $"the baseline {which} was left to the serializer");
        Assert.AreEqual(DocumentText.Of(BaselineStore.ReadBySerializer(path, json)), DocumentText.Of(document));
    }

    [TestMethod]
    public void The_baseline_with_every_member_has_them_all_to_read()
    {
        using var folder = new TemporaryFolder();
        BaselineStore.Write(folder.File("baseline.json"), SeedInputs.ProfiledBaseline());
        var text = File.ReadAllText(folder.File("baseline.json"));

        foreach (var member in new[] { "gen0Budget", "retained\": {", "allocations", "countedBytesPerOperation", "\"sampledBy\": \"gcAllocationTick\"", "\"failed\": true" })
        {
            Assert.Contains(member, text);
        }
    }

    [TestMethod]
    public void A_hostile_baseline_is_read_as_the_serializer_reads_it_or_left_to_the_serializer()
    {
        var baselineSeeds = Enumerable.Range(0, SeedInputs.All.Count).Where(index => SeedInputs.All[index].Kind == SeedKind.Baseline).ToArray();
        var mutations = Gen.Select(
            Gen.Int[0, baselineSeeds.Length - 1].Select(index => baselineSeeds[index]),
            Gen.Enum<MutationKind>(),
            Gen.Int[0, int.MaxValue],
            Gen.Int[0, 1_000],
            (seed, kind, target, value) => new Mutation(seed, kind, target, value, 0));
        var read = 0;

        mutations.Sample(
            mutation =>
            {
                var bytes = Mutator.Apply(mutation);
                // As InputFile hands the bytes on: without a UTF-8 byte order mark.
                var json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
                var ours = BaselineDocumentReader.TryRead(json);
                if (SerializerAgreement.Holds(ours, () => JsonSerializer.Deserialize(json, BaselineJsonContext.Default.BaselineDocument), mutation.ToString()))
                {
                    Interlocked.Increment(ref read);
                }
            },
            iter: 3_000,
            threads: Environment.ProcessorCount);

        // Many mutations leave a baseline the serializer reads; a reader that gave up on everything would pass the above.
        Assert.IsGreaterThan(300, read, $"{read} of 3,000 read");
    }

    [TestMethod]
    public void A_member_given_twice_or_unknown_is_left_to_the_serializer()
    {
        var schemaOne = Encoding.UTF8.GetBytes(BaselineStoreTests.SchemaOne);
        Assert.IsNotNull(BaselineDocumentReader.TryRead(schemaOne));

        Assert.IsNull(BaselineDocumentReader.TryRead(Encoding.UTF8.GetBytes(BaselineStoreTests.SchemaOne.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"schemaVersion\": 1,", StringComparison.Ordinal))));
        Assert.IsNull(BaselineDocumentReader.TryRead(Encoding.UTF8.GetBytes(BaselineStoreTests.SchemaOne.Replace("\"failed\"", "\"fialed\"", StringComparison.Ordinal))));
        Assert.IsNull(BaselineDocumentReader.TryRead(Encoding.UTF8.GetBytes(BaselineStoreTests.SchemaOne.Replace("\"time\": null,", "", StringComparison.Ordinal))));
    }
}
