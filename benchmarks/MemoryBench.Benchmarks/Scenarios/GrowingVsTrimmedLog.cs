using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>
/// An in-memory diagnostic log, one line per request: a static <see cref="StringBuilder"/> that only grows, against
/// one of fixed capacity that drops its older half when the next line would not fit.
/// </summary>
/// <remarks>
/// The leaky side keeps every line: 16 chars (32 bytes) per call, in chunks the builder adds as it grows (up to 8,000
/// chars, 16 KB, each), so its memory grows in lumps of a chunk every few hundred calls. The trimmed side is made with
/// its capacity and trims in place: it never allocates and keeps <see cref="TrimmedCapacity"/> chars at most.
/// </remarks>
// The leak grows with every call: a fixed number of calls per iteration, see LeakRuns.
[InvocationCount(LeakRuns.CallsPerIteration)]
[WarmupCount(LeakRuns.WarmupIterations)]
[IterationCount(LeakRuns.MeasuredIterations)]
[BenchmarkCategory(nameof(GrowingVsTrimmedLog))]
public class GrowingVsTrimmedLog
{
    private const int TrimmedCapacity = 8 * 1024;
    private const string Prefix = "request ";
    private const int IdDigits = 7;

    // Process-wide, as such logs usually are; replaced only by the cleanup, so that one run's log does not weigh on the next.
    private static StringBuilder growing = new();
    private static StringBuilder trimmed = new(TrimmedCapacity);

    private int growingId;
    private int trimmedId;

    [Benchmark(Baseline = true)]
    public int GrowingLog() => AppendLine(growing, growingId++);

    [Benchmark]
    public int TrimmedLog()
    {
        if (trimmed.Length + Prefix.Length + IdDigits + 1 > TrimmedCapacity)
        {
            trimmed.Remove(0, trimmed.Length / 2);
        }

        return AppendLine(trimmed, trimmedId++);
    }

    [GlobalCleanup]
    public static void ForgetLines()
    {
        growing = new StringBuilder();
        trimmed = new StringBuilder(TrimmedCapacity);
    }

    /// <summary>Appends "request 0000042\n" without allocating; gives the chars appended.</summary>
    private static int AppendLine(StringBuilder log, int id)
    {
        var before = log.Length;
        Span<char> digits = stackalloc char[IdDigits];
        (id % 10_000_000).TryFormat(digits, out _, "D7", CultureInfo.InvariantCulture);
        log.Append(Prefix).Append(digits).Append('\n');
        return log.Length - before;
    }
}
