using MemoryBench.Model;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class BenchmarkIdentityTests
{
    [TestMethod]
    public void An_id_is_namespace_type_and_method()
    {
        var id = BenchmarkIdentity.Of(new BenchmarkName("Shop.Orders", "Pricing", "Total", "", "Fast"), includeJob: false);

        Assert.AreEqual("Shop.Orders.Pricing.Total", id.Value);
    }

    [TestMethod]
    public void Parameters_follow_the_method_in_parentheses()
    {
        var id = BenchmarkIdentity.Of(new BenchmarkName("Shop", "Pricing", "Total", "Count=10, Text=a", "Fast"), includeJob: false);

        Assert.AreEqual("Shop.Pricing.Total(Count=10, Text=a)", id.Value);
    }

    [TestMethod]
    public void The_job_follows_in_brackets_when_asked_for()
    {
        var id = BenchmarkIdentity.Of(new BenchmarkName("Shop", "Pricing", "Total", "Count=10", "Server"), includeJob: true);

        Assert.AreEqual("Shop.Pricing.Total(Count=10) [Server]", id.Value);
    }

    [TestMethod]
    public void A_type_in_the_global_namespace_starts_with_its_type()
    {
        var id = BenchmarkIdentity.Of(new BenchmarkName("", "Pricing", "Total", "", "Fast"), includeJob: false);

        Assert.AreEqual("Pricing.Total", id.Value);
    }

    [TestMethod]
    public void The_job_is_in_the_ids_of_a_type_run_under_two_jobs_only()
    {
        BenchmarkName[] names =
        [
            new("Shop", "Pricing", "Total", "", "Workstation"),
            new("Shop", "Pricing", "Total", "", "Server"),
            new("Shop", "Pricing", "Discount", "", "Server"),
            new("Shop", "Stock", "Count", "", "Workstation"),
        ];

        string[] expected = ["Shop.Pricing.Total [Workstation]", "Shop.Pricing.Total [Server]", "Shop.Pricing.Discount [Server]", "Shop.Stock.Count"];

        var ids = BenchmarkIdentity.Assign(names);

        CollectionAssert.AreEqual(expected, ids.Select(id => id.Value).ToArray());
    }

    [TestMethod]
    public void Switching_every_benchmark_to_another_job_keeps_every_id()
    {
        BenchmarkName[] fast = [new("Shop", "Pricing", "Total", "Count=1", "FastMemory"), new("Shop", "Stock", "Count", "", "FastMemory")];
        BenchmarkName[] full = [.. fast.Select(name => name with { Job = "DefaultJob" })];

        CollectionAssert.AreEqual(BenchmarkIdentity.Assign(fast).ToArray(), BenchmarkIdentity.Assign(full).ToArray());
    }

    [TestMethod]
    public void BenchmarkDotNet_parameter_separators_become_commas()
    {
        Assert.AreEqual("number=3, suffix=a|b", BenchmarkIdentity.ParametersFromBenchmarkDotNet("number=3&suffix=a|b"));
    }
}
