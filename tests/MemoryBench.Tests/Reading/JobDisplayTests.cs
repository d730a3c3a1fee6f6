using MemoryBench.Reading.Export;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class JobDisplayTests
{
    [TestMethod]
    public void The_job_id_comes_before_its_characteristics()
    {
        var job = JobDisplay.Parse("Pricing.Total: FastMemory(IterationCount=3, WarmupCount=1) [Count=1000]", "Total");

        Assert.AreEqual(new JobDisplay("FastMemory", "default"), job);
    }

    [TestMethod]
    public void A_job_without_characteristics_is_its_id()
    {
        Assert.AreEqual(new JobDisplay("DefaultJob", "default"), JobDisplay.Parse("Pricing.Total: DefaultJob", "Total"));
    }

    [TestMethod]
    public void Server_and_non_concurrent_characteristics_make_the_gc_mode()
    {
        var job = JobDisplay.Parse("Pricing.Total: Server(Concurrent=False, Server=True, IterationCount=3)", "Total");

        Assert.AreEqual("Server, Non-concurrent", job!.GcMode);
    }

    [TestMethod]
    public void Workstation_and_concurrent_characteristics_make_the_gc_mode()
    {
        var job = JobDisplay.Parse("Pricing.Total: Job-ABCDEF(Server=False, Concurrent=True)", "Total");

        Assert.AreEqual(new JobDisplay("Job-ABCDEF", "Workstation, Concurrent"), job);
    }

    [TestMethod]
    public void Characteristics_in_the_parameters_do_not_count()
    {
        var job = JobDisplay.Parse("Pricing.Total: Fast(IterationCount=3) [Mode=Server=True]", "Total");

        Assert.AreEqual("default", job!.GcMode);
    }

    [TestMethod]
    public void A_method_description_holding_a_colon_does_not_hide_the_job()
    {
        var job = JobDisplay.Parse("Pricing.'Total: with tax': Fast(IterationCount=3)", "'Total: with tax'");

        Assert.AreEqual("Fast", job!.Id);
    }

    [TestMethod]
    public void Display_info_without_a_job_has_none()
    {
        Assert.IsNull(JobDisplay.Parse("Pricing.Total", "Total"));
    }
}
