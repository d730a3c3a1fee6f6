using MemoryBench.Reading;

namespace MemoryBench.Pipeline;

/// <summary>
/// The one way a run is judged, whichever the front door (<c>memorybench gate</c>, <c>memorybench compare</c>, a suite's
/// <c>dotnet run</c> through MemoryBenchRunner): the benchmark processes have measured and exported; this reads the run,
/// judges it once, says what grew in what it judged, and writes every output once.
/// </summary>
internal static class GatePipeline
{
    /// <exception cref="InputException">An input cannot be read, or an output the user named cannot be written.</exception>
    public static GateOutcome Run(GateRequest request, PipelineOutputs outputs)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outputs);
        var inputs = ReadStage.Read(request);
        var result = JudgeStage.Judge(inputs, request.Thresholds);
        var outcome = AttributeStage.Attribute(result, inputs, request);
        WriteStage.Write(outcome, request, outputs);
        return outcome;
    }
}
