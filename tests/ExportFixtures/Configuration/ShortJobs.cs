using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace ExportFixtures.Configuration;

/// <summary>Just enough measurement for real statistics, so the fixtures are quick to make and small.</summary>
public static class ShortJobs
{
    public static Job Create(string id) => Job.Default
        .WithId(id)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithIterationTime(TimeInterval.FromMilliseconds(20));
}
