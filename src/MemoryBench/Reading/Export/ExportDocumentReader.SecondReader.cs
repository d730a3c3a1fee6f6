using System.Text.Json;

namespace MemoryBench.Reading.Export;

internal static partial class ExportDocumentReader
{
    /// <summary>
    /// Reads, on a core of its own, the benchmarks from a benchmark's start in the second half of the file to the array's
    /// end, then the root's members after it: what the first reader takes instead of reading on when it arrives there.
    /// </summary>
    private sealed class SecondReader : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private Task<RestOfDocument?> reading = null!;
        private bool stopped;

        private SecondReader(long start) => Start = start;

        /// <summary>Where in the file it started: the "{" of a benchmark, if the first reader arrives there.</summary>
        public long Start { get; }

        public static SecondReader Begin(Func<long, Stream?> openAt, long start, int bufferBytes)
        {
            var second = new SecondReader(start);
            second.reading = Task.Run(() => second.TryRead(openAt, bufferBytes));
            return second;
        }

        /// <returns>What it read, or null when it could not read it (the first reader then reads on).</returns>
        public RestOfDocument? Result() => reading.GetAwaiter().GetResult();

        /// <summary>Stops it, if it still reads, and waits for it, so that nothing reads the file once the document is read.</summary>
        public void Dispose()
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            stop.Cancel();
            reading.Wait();
            stop.Dispose();
        }

        private RestOfDocument? TryRead(Func<long, Stream?> openAt, int bufferBytes)
        {
            try
            {
                using var stream = openAt(Start);
                if (stream is null)
                {
                    return null;
                }

                var units = new JsonUnitReader(stream, bufferBytes, Start, InsideBenchmarks);
                var benchmarks = new List<ExportedBenchmark?>();
                while (units.Read(ReadBenchmarkElement) is (false, var benchmark))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    benchmarks.Add(benchmark);
                }

                var tail = new List<(RootMember, object?)>();
                while (units.Read(ReadRootMember) is var (member, value) && member != RootMember.End)
                {
                    if (member is RootMember.Benchmarks or RootMember.NoBenchmarks)
                    {
                        // A second "Benchmarks" is rare enough to leave to the first reader.
                        return null;
                    }

                    tail.Add((member, value));
                }

                units.ReadEnd();
                return new RestOfDocument(benchmarks, tail);
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException
                                              or OperationCanceledException or IOException or UnauthorizedAccessException or InputException)
            {
                // Whatever is wrong there, the first reader meets it too when it reads on, and says it.
                return null;
            }
        }
    }

    /// <summary>The benchmarks the second reader read, and the root's members after the array, in their order.</summary>
    private sealed record RestOfDocument(List<ExportedBenchmark?> Benchmarks, List<(RootMember Member, object? Value)> Tail);
}
