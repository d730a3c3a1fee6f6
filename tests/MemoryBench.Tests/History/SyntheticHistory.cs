using MemoryBench.History;
using MemoryBench.Model;

namespace MemoryBench.Tests.History;

/// <summary>Histories made in code: one benchmark whose allocated bytes/op follow a given series, under a pinned 8 MiB gen0 budget.</summary>
internal static class SyntheticHistory
{
    public const long Operations = 1_000_000;
    public const long Gen0Budget = 8 * 1024 * 1024;

    public static readonly BenchmarkId Id = new("Synthetic.Parsing.Parse(Size=10)");

    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static EnvironmentFingerprint Environment { get; } =
        new("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.0", 2, "Concurrent Workstation")
        {
            Gen0Budget = new Gen0Budget(Gen0Budget, Gen0BudgetSource.Pinned),
        };

    public static RunHistory Of(IEnumerable<double> allocated) =>
        RunHistory.Of(allocated.Select((bytes, index) => Run(index, (long)Math.Round(bytes))));

    public static HistoryRun Run(int index, long bytes, BenchmarkId? id = null) =>
        new(
            Commit(index),
            Start.AddHours(index),
            Environment,
            new Dictionary<BenchmarkId, HistoryFigures> { [id ?? Id] = new(Memory(bytes), null) });

    public static MemoryMetrics Memory(long bytes) => new(bytes, bytes * Operations / Gen0Budget, 0, 0, Operations);

    /// <summary>A commit id made from the run's index: "c0de0001", "c0de0002", ...</summary>
    public static string Commit(int index) => $"c0de{index:x4}";

    /// <summary><paramref name="count"/> values around <paramref name="level"/>, each off by up to <paramref name="jitter"/> either way (seeded, so every run of the test sees the same).</summary>
    public static IEnumerable<double> Noise(int count, double level, double jitter, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Math.Round(level + ((random.NextDouble() * 2) - 1) * jitter));
    }

    public static IEnumerable<double> Level(int count, double level) => Enumerable.Repeat(level, count);
}
