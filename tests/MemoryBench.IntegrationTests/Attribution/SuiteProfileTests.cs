using MemoryBench.Attribution;
using MemoryBench.Benchmarks.Scenarios;
using MemoryBench.Testing;

namespace MemoryBench.IntegrationTests.Attribution;

/// <summary>
/// The suite's wasteful scenarios, profiled from the runtime's real allocation samples: the profile names what a
/// .NET engineer expects each to allocate.
/// </summary>
/// <remarks>
/// Each runs for about 40 MB, some 400 samples: a type taking most of the bytes cannot lose its place by chance
/// (its estimate is within a few per cent), so the tests are stable although the sampling is random.
/// </remarks>
[TestClass]
[DoNotParallelize]
public sealed class SuiteProfileTests
{
    private const long Volume = 40_000_000;

    private static AllocationProfile Profile<T>(Func<T> operation)
    {
        var bytesPerOperation = Allocations.Measure(operation).BytesPerOperation;
        var operations = (long)Math.Ceiling(Volume / bytesPerOperation);
        using var listener = new RuntimeSampleListener();
        for (var i = 0L; i < operations; i++)
        {
            GC.KeepAlive(operation());
        }

        return AllocationProfiler.Build(typeof(T).Name, [.. listener.Samples], operations);
    }

    [TestMethod]
    public void Boxing_allocates_boxed_integers()
    {
        var pair = new BoxingVsGenerics();

        var profile = Profile(pair.Boxing);

        // 1,000 readings, each boxed into a 24-byte object (64-bit): 24,000 of the 32,080 bytes; the ArrayList's
        // object[] takes the rest. Shares, not bytes per operation: an in-process listener starts receiving events a
        // moment after it is created, so some of the operations counted here go unsampled.
        Assert.AreEqual("System.Int32", profile.Types[0].TypeName);
        Assert.AreEqual(24_000.0 / 32_080, profile.Types[0].BytesPerOperation / profile.BytesPerOperation, 0.1);
        Assert.AreEqual("System.Object[]", profile.Types[1].TypeName);
    }

    [TestMethod]
    public void String_concatenation_allocates_strings()
    {
        var pair = new StringConcatVsBuilder { Parts = 16 };
        pair.CreateValues();

        var profile = Profile(pair.Concatenation);

        Assert.AreEqual("System.String", profile.Types[0].TypeName);
    }

    [TestMethod]
    public void The_eager_list_allocates_its_backing_arrays_and_the_strings()
    {
        var pair = new EagerListVsIterator { Count = 1_000 };

        var profile = Profile(pair.EagerList);

        CollectionAssert.AreEquivalent(
            new[] { "System.String", "System.String[]" },
            profile.Types.Take(2).Select(type => type.TypeName).ToArray());
    }
}
