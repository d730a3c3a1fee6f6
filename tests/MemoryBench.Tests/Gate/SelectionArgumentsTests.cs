using MemoryBench.Gate;
using MemoryBench.Model;

namespace MemoryBench.Tests.Gate;

[TestClass]
public sealed class SelectionArgumentsTests
{
    [TestMethod]
    public void The_whole_suite_selects_everything()
    {
        var selection = SelectionArguments.Of(["--job", "short", "--filter", "*"], Shard.All);

        Assert.IsTrue(selection.IsEverything);
    }

    [TestMethod]
    public void A_filter_and_its_values_are_recorded_and_other_arguments_left_out()
    {
        var selection = SelectionArguments.Of(["--filter", "*Iterator*", "*Linq*", "--job", "short", "--anyCategories", "Leaks"], Shard.All);

        CollectionAssert.AreEqual(new[] { "--filter", "*Iterator*", "*Linq*", "--anyCategories", "Leaks" }, selection.Filters.ToArray());
        Assert.IsFalse(selection.IsEverything);
        Assert.AreEqual("selection --filter *Iterator* *Linq* --anyCategories Leaks", selection.Describe());
    }

    [TestMethod]
    public void A_shard_of_the_whole_suite_is_partial()
    {
        var selection = SelectionArguments.Of(["--filter", "*"], new Shard(2, 3));

        Assert.IsTrue(selection.FiltersNothing);
        Assert.IsFalse(selection.IsEverything);
        Assert.AreEqual("shard 2/3", selection.Describe());
    }
}
