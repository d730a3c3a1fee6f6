using MemoryBench.Model;

namespace MemoryBench.Tests.Gate;

[TestClass]
public sealed class ShardTests
{
    private static readonly string[] Names = Enumerable.Range(0, 23).Select(i => $"Type{i % 5}.Method{i}").ToArray();

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    [DataRow(7)]
    public void Shards_are_disjoint_and_together_cover_every_benchmark(int count)
    {
        var shards = Enumerable.Range(1, count).Select(i => new Shard(i, count).Select(Names)).ToArray();

        Assert.AreEqual(Names.Length, shards.Sum(s => s.Count));
        CollectionAssert.AreEquivalent(Names, shards.SelectMany(s => s).ToArray());
    }

    [TestMethod]
    public void Shard_selection_does_not_depend_on_the_order_benchmarks_are_found_in()
    {
        var shuffled = Names.Reverse().ToArray();

        CollectionAssert.AreEquivalent(
            new Shard(2, 3).Select(Names).ToArray(),
            new Shard(2, 3).Select(shuffled).ToArray());
    }

    [TestMethod]
    public void Shards_differ_in_size_by_at_most_one_benchmark()
    {
        var sizes = Enumerable.Range(1, 4).Select(i => new Shard(i, 4).Select(Names).Count).ToArray();

        Assert.IsLessThanOrEqualTo(1, sizes.Max() - sizes.Min());
    }

    [TestMethod]
    [DataRow("1/2", 1, 2)]
    [DataRow("3/3", 3, 3)]
    public void Shard_text_i_of_n_is_parsed(string text, int index, int count)
    {
        Assert.AreEqual(new Shard(index, count), Shard.TryParse(text, out _));
    }

    [TestMethod]
    [DataRow("0/2")]
    [DataRow("3/2")]
    [DataRow("1/0")]
    [DataRow("1")]
    [DataRow("a/b")]
    [DataRow("-1/2")]
    [DataRow("1/2/3")]
    public void Invalid_shard_text_is_rejected_with_the_expected_form(string text)
    {
        Assert.IsNull(Shard.TryParse(text, out var error));
        Assert.Contains("i/n", error!);
        Assert.Contains(text, error!);
    }
}
