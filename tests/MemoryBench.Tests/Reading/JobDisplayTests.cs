using MemoryBench.Reading.Export;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class JobDisplayTests
{
    [TestMethod]
    public void The_job_id_comes_before_its_characteristics()
    {
        var job = JobDisplay.Parse("Pricing.Total: FastMemory(IterationCount=3, WarmupCount=1) [Count=1000]", "Total");

        Assert.AreEqual(new JobDisplay("FastMemory", "default", null), job);
    }

    [TestMethod]
    public void A_job_without_characteristics_is_its_id()
    {
        Assert.AreEqual(new JobDisplay("DefaultJob", "default", null), JobDisplay.Parse("Pricing.Total: DefaultJob", "Total"));
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

        Assert.AreEqual(new JobDisplay("Job-ABCDEF", "Workstation, Concurrent", null), job);
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

    [TestMethod]
    public void A_gen0_size_among_the_environment_variables_pins_the_budget()
    {
        var job = JobDisplay.Parse(
            "Pricing.Total: FastMemory(EnvironmentVariables=DOTNET_TC_CallCountingDelayMs=0,DOTNET_GCgen0size=0x800000, IterationCount=3) [Count=1000]",
            "Total");

        Assert.AreEqual(8 * 1024 * 1024, job!.PinnedGen0Budget);
    }

    [TestMethod]
    [DataRow("COMPlus_GCgen0size=1000000", 16 * 1024 * 1024)]
    [DataRow("DOTNET_GCgen0size=0X4000000", 64 * 1024 * 1024)]
    public void The_gen0_size_is_read_as_the_runtime_reads_it_in_hexadecimal(string variable, long bytes)
    {
        var job = JobDisplay.Parse($"Pricing.Total: Job-ABCDEF(EnvironmentVariables={variable})", "Total");

        Assert.AreEqual(bytes, job!.PinnedGen0Budget);
    }

    [TestMethod]
    [DataRow("Pricing.Total: Job-ABCDEF(EnvironmentVariables=DOTNET_TC_CallCountingDelayMs=0)")]
    [DataRow("Pricing.Total: Job-ABCDEF(EnvironmentVariables=DOTNET_GCgen0size=lots)")]
    [DataRow("Pricing.Total: Job-ABCDEF(EnvironmentVariables=DOTNET_GCgen0size=0x100)")]
    [DataRow("Pricing.Total: Job-ABCDEF(IterationCount=3) [DOTNET_GCgen0size=0x800000]")]
    public void No_budget_is_pinned_without_a_gen0_size_the_runtime_would_use(string displayInfo)
    {
        Assert.IsNull(JobDisplay.Parse(displayInfo, "Total")!.PinnedGen0Budget);
    }
}
