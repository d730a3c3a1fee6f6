using MemoryBench.Budgets;
using MemoryBench.Model;

namespace MemoryBench.Tests.Budgets;

[TestClass]
public sealed class BenchmarkPatternTests
{
    private static readonly BenchmarkName Name = new("Suite.Scenarios", "Pool", "ValueTaskRent", "Count=10, Text=a b", "FastMemory");
    private static readonly BenchmarkId Id = new("Suite.Scenarios.Pool.ValueTaskRent(Count=10, Text=a b)");

    private static bool Matches(string pattern) => new BenchmarkPattern(pattern).Matches(Id, Name);

    [TestMethod]
    [DataRow("Suite.Scenarios.Pool.ValueTaskRent(Count=10, Text=a b)")]
    [DataRow("*")]
    [DataRow("*(Count=10*")]
    [DataRow("*.ValueTask*")]
    public void Matches_the_whole_id(string pattern)
    {
        Assert.IsTrue(Matches(pattern));
    }

    [TestMethod]
    [DataRow("Suite.Scenarios.Pool.ValueTaskRent")]
    [DataRow("*.Pool.*")]
    [DataRow("*Rent")]
    [DataRow("Suite.*.ValueTask????")]
    public void Matches_the_namespace_type_and_method_part_without_parameters(string pattern)
    {
        Assert.IsTrue(Matches(pattern));
    }

    [TestMethod]
    [DataRow("*.ValueTask")]
    [DataRow("Suite.Scenarios.Pool")]
    [DataRow("*.valuetaskrent")]
    [DataRow("Suite.Scenarios.Pool.ValueTaskRent?")]
    [DataRow("")]
    public void Does_not_match_other_text(string pattern)
    {
        Assert.IsFalse(Matches(pattern));
    }

    [TestMethod]
    public void Question_mark_stands_for_exactly_one_character()
    {
        Assert.IsTrue(BenchmarkPattern.IsMatch("a?c", "abc"));
        Assert.IsFalse(BenchmarkPattern.IsMatch("a?c", "ac"));
        Assert.IsFalse(BenchmarkPattern.IsMatch("a?c", "abbc"));
    }

    [TestMethod]
    public void Star_matches_an_empty_run_and_backtracks()
    {
        Assert.IsTrue(BenchmarkPattern.IsMatch("a*b*c", "abc"));
        Assert.IsTrue(BenchmarkPattern.IsMatch("*ab", "aab"));
        Assert.IsTrue(BenchmarkPattern.IsMatch("a**", "a"));
        Assert.IsFalse(BenchmarkPattern.IsMatch("a*b", "aXbY"));
    }

    [TestMethod]
    public void Global_namespace_has_no_leading_dot()
    {
        Assert.AreEqual("Pool.Rent", BenchmarkPattern.MethodPart(new BenchmarkName("", "Pool", "Rent", "", "Job")));
    }

    [TestMethod]
    public void Long_pathological_pattern_is_fast()
    {
        var text = new string('a', 5_000);
        var pattern = string.Concat(Enumerable.Repeat("*a", 50)) + "b";

        Assert.IsFalse(BenchmarkPattern.IsMatch(pattern, text));
    }
}
