using System.Collections.Immutable;
using System.Text;
using MemoryBench.Gate;
using MemoryBench.Reading;

namespace MemoryBench.Pipeline;

/// <summary>Where the pipeline's outputs go besides the files the request names: the console, warnings and the job summary.</summary>
/// <param name="Console">The verdict summary, "What grew" and the files written.</param>
/// <param name="Warnings">Outputs that could not be written.</param>
/// <param name="JobSummary">The GitHub Actions job summary (nothing when there is none).</param>
internal sealed record PipelineOutputs(TextWriter Console, TextWriter Warnings, JobSummary JobSummary)
{
    /// <summary>The console summary's first words, e.g. "MemoryBench vs results/baseline.json".</summary>
    public string Title { get; init; } = "MemoryBench";

    /// <summary>Whether the console summary is coloured.</summary>
    public bool UseColour { get; init; }

    /// <summary>Folders the job summary may not be written into, beside the inputs (a run folder).</summary>
    public ImmutableArray<string> Protected { get; init; } = [];

    /// <summary>Writes a whole file, atomically (replaceable so a test can count the writes).</summary>
    public Action<string, string> WriteFile { get; init; } = WriteAtomically;

    private static void WriteAtomically(string path, string text) =>
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
}
