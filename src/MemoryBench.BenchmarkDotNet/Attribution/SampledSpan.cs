using System.Collections.Immutable;
using System.Globalization;
using MemoryBench.Attribution;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// What the counting stage counted while a trace sampled it: the operations and bytes of its counted span, and the
/// stopwatch timestamps between which each of the span's chunks ran, so that the samples of exactly those chunks
/// are kept (not those of the chunks outside the span, nor of the stage's own work between chunks).
/// </summary>
/// <param name="SampledBy">The runtime event the trace holds.</param>
/// <param name="Operations">Operations in the counted span.</param>
/// <param name="AllocatedBytes">Bytes counted over them.</param>
/// <param name="Windows">Start and end timestamps (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>, the clock the trace's events carry) of each chunk of the span.</param>
internal sealed record SampledSpan(SamplingEvent SampledBy, long Operations, long AllocatedBytes, ImmutableArray<(long Start, long End)> Windows)
{
    /// <summary>Whether an event at <paramref name="timestamp"/> fell inside one of the span's chunks.</summary>
    public bool Contains(long timestamp)
    {
        // The windows are in order and do not overlap: a binary search on their starts.
        var lo = 0;
        var hi = Windows.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (timestamp < Windows[mid].Start)
            {
                hi = mid - 1;
            }
            else if (timestamp > Windows[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the span as text: "event operations bytes" on the first line, then "start end" per chunk.</summary>
    public void Write(string path) =>
        File.WriteAllLines(path, [
            string.Create(CultureInfo.InvariantCulture, $"{SampledBy} {Operations} {AllocatedBytes}"),
            .. Windows.Select(window => string.Create(CultureInfo.InvariantCulture, $"{window.Start} {window.End}")),
        ]);

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The file is not a span file.</exception>
    public static SampledSpan Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var head = lines.Length > 0 ? lines[0].Split(' ') : [];
        if (head.Length != 3 || !Enum.TryParse<SamplingEvent>(head[0], out var sampledBy))
        {
            throw new FormatException($"{path}: expected \"event operations bytes\" on the first line");
        }

        return new SampledSpan(
            sampledBy,
            long.Parse(head[1], CultureInfo.InvariantCulture),
            long.Parse(head[2], CultureInfo.InvariantCulture),
            [.. lines.Skip(1).Where(line => line.Length > 0).Select(line => line.Split(' ')).Select(pair =>
                (long.Parse(pair[0], CultureInfo.InvariantCulture), long.Parse(pair[1], CultureInfo.InvariantCulture)))]);
    }
}
