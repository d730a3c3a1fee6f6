using System.Text.Json;
using MemoryBench.Attribution;

namespace MemoryBench.Tests.Attribution;

/// <summary>Checks the file against the facts of speedscope's file-format schema.</summary>
[TestClass]
public sealed class SpeedscopeWriterTests
{
    private static JsonElement Written()
    {
        var samples = new[]
        {
            Profiles.Sample("System.String", 40, "Concat", "Total", "Main"),
            Profiles.Sample("InjectedObject", 24, "Allocate", "Total", "Main"),
        };
        return JsonDocument.Parse(SpeedscopeWriter.ToJson("Shop.Total", samples, operations: 10)).RootElement;
    }

    [TestMethod]
    public void The_file_names_speedscope_schema_and_holds_one_sampled_profile_in_bytes()
    {
        var file = Written();

        Assert.AreEqual("https://www.speedscope.app/file-format-schema.json", file.GetProperty("$schema").GetString());
        var profile = file.GetProperty("profiles").EnumerateArray().Single();
        Assert.AreEqual("sampled", profile.GetProperty("type").GetString());
        Assert.AreEqual("bytes", profile.GetProperty("unit").GetString());
        Assert.AreEqual(0, profile.GetProperty("startValue").GetDouble());
        Assert.AreEqual(0, file.GetProperty("activeProfileIndex").GetInt32());
    }

    [TestMethod]
    public void Each_sample_is_a_stack_from_the_root_to_the_allocated_type_weighted_in_bytes_per_operation()
    {
        var file = Written();
        var frames = file.GetProperty("shared").GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        var profile = file.GetProperty("profiles")[0];
        var stacks = profile.GetProperty("samples").EnumerateArray().Select(s => s.EnumerateArray().Select(i => frames[i.GetInt32()]).ToList()).ToList();
        var weights = profile.GetProperty("weights").EnumerateArray().Select(w => w.GetDouble()).ToList();

        CollectionAssert.AreEqual(new[] { "Main", "Total", "Allocate", "new InjectedObject" }, stacks[1]);
        Assert.HasCount(stacks.Count, weights);
        Assert.AreEqual(SampledBytes.Weight(24) / 10, weights[1], 1e-9);
        Assert.AreEqual(weights.Sum(), profile.GetProperty("endValue").GetDouble(), 1e-9);
        Assert.AreEqual(frames.Count, frames.Distinct().Count());
    }
}
