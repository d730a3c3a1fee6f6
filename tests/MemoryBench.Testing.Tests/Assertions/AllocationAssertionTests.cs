using MemoryBench.Testing.MSTest;

namespace MemoryBench.Testing.Tests.Assertions;

[TestClass]
public sealed class AllocationAssertionTests
{
    [TestMethod]
    public void Code_that_allocates_nothing_passes_AllocatesNothing() => MemoryAssert.AllocatesNothing(Operations.Sum);

    [TestMethod]
    public void Code_that_allocates_fails_AllocatesNothing() =>
        Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.AllocatesNothing(Operations.FormatLine));

    [TestMethod]
    public void Code_passes_AllocatesAtMost_its_own_figure()
    {
        var current = Allocations.Measure(Operations.FormatLine, new MeasurementOptions { MeasureRetained = false }).BytesPerOperation;

        MemoryAssert.AllocatesAtMost((long)current, Operations.FormatLine);
    }

    [TestMethod]
    public void One_extra_object_per_call_fails_AllocatesAtMost_the_current_figure()
    {
        var current = (long)Allocations.Measure(Operations.FormatLine, new MeasurementOptions { MeasureRetained = false }).BytesPerOperation;

        var failure = Assert.ThrowsExactly<AssertFailedException>(
            () => MemoryAssert.AllocatesAtMost(current, Operations.FormatLineAndOneObjectMore));

        Assert.Contains($"Expected at most {current:N0} B per call, measured {current + 24:N0} B per call (24 B over)", failure.Message);
    }

    [TestMethod]
    public void The_failure_names_the_extra_type_from_allocation_sampling()
    {
        var failure = Assert.ThrowsExactly<AssertFailedException>(() => MemoryAssert.AllocatesNothing(Operations.AllocateOneNode));

        StringAssert.StartsWith(failure.Message, "MemoryAssert.AllocatesNothing failed. Expected at most 0 B per call, measured 24 B per call");
        StringAssert.Contains(failure.Message, "calls on the calling thread");
        StringAssert.Contains(failure.Message, "AllocationSampled sampling");
        // The runtime names a nested type without its enclosing one.
        StringAssert.Contains(failure.Message, "\n  Node ");
    }

    [TestMethod]
    public void Sampling_counts_only_the_measured_threads_allocations()
    {
        var verdict = MemoryExpectations.AllocatesAtMost(0, Operations.AllocateOneNode);

        // Tests beside this one allocate strings, builders and arrays on their own threads meanwhile: unfiltered, they
        // took most of the samples. Filtered, Node had more than 93 % of them in every run of the README's loop.
        Assert.AreEqual("Node", verdict.TopTypes[0].TypeName);
        Assert.IsGreaterThan(0.9, verdict.TopTypes[0].Share, string.Join(", ", verdict.TopTypes.Select(type => $"{type.TypeName} {type.Samples}")));
        Assert.AreEqual(24, verdict.TopTypes[0].EstimatedBytesPerOperation, 24 * 0.1);
    }

    [TestMethod]
    public async Task Asynchronous_code_that_completes_synchronously_is_counted_exactly_on_the_calling_thread()
    {
        var measurement = await Allocations.MeasureAsync(() => Task.CompletedTask, new MeasurementOptions { MeasureRetained = false });

        Assert.AreEqual(AllocationCounting.CurrentThread, measurement.Counting);
        Assert.AreEqual(0d, measurement.BytesPerOperation);
    }

    [TestMethod]
    public async Task Asynchronous_code_that_goes_on_elsewhere_is_counted_process_wide()
    {
        var measurement = await Allocations.MeasureAsync(async () => await Task.Yield(), new MeasurementOptions { MeasureRetained = false });

        Assert.AreEqual(AllocationCounting.Process, measurement.Counting);
        Assert.IsGreaterThan(0d, measurement.BytesPerOperation);
    }
}
