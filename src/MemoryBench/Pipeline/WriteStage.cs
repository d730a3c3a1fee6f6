using MemoryBench.Reading;
using MemoryBench.Report;

namespace MemoryBench.Pipeline;

/// <summary>
/// The pipeline's last stage, each output once: the markdown report and the verdicts where the request says, the job
/// summary, and the console summary.
/// </summary>
internal static class WriteStage
{
    /// <exception cref="InputException">An output the user named cannot be written.</exception>
    public static void Write(GateOutcome outcome, GateRequest request, PipelineOutputs outputs)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outputs);
        var files = new (string Option, string? Path, Func<string> Text)[]
            {
                ("--markdown", request.MarkdownPath, () => outcome.Markdown),
                ("--json", request.JsonPath, () => VerdictJson.Write(VerdictJson.ToDocument(outcome.Result) with
                {
                    WhatGrew = outcome.WhatGrew.IsEmpty ? null : outcome.WhatGrew,
                })),
            }
            .Where(file => file.Path is not null)
            .Select(file => (file.Option, Path: file.Path!, file.Text))
            .ToList();
        var written = new List<string>();
        _ = Attempt(request, outcome, () => OutputPaths.RequireDistinct([.. files.Select(file => (file.Option, file.Path))], outcome.Inputs))
            && files.All(file => Attempt(request, outcome, () =>
            {
                outputs.WriteFile(file.Path, file.Text());
                written.Add(file.Path);
            }));

        outputs.JobSummary.Append(outcome.Markdown, [.. outcome.Inputs, .. outputs.Protected]);
        outputs.Console.Write(outcome.Console(outputs.Title, outputs.UseColour));
        foreach (var path in written)
        {
            outputs.Console.WriteLine($"Wrote {path}");
        }

        foreach (var warning in outcome.Warnings)
        {
            outputs.Warnings.WriteLine($"warning: {warning}");
        }
    }

    // Outputs the user named must be written, or the command fails; the report and verdicts a run leaves in its run
    // folder are a convenience that must not turn the comparison's verdict into an error.
    private static bool Attempt(GateRequest request, GateOutcome outcome, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (InputException error) when (request.ReportsOptional)
        {
            outcome.Warn($"the report and the verdicts are not all written: {error.Message}");
            return false;
        }
    }
}
