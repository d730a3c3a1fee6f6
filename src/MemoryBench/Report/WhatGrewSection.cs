using System.Text;
using MemoryBench.Attribution;

namespace MemoryBench.Report;

/// <summary>
/// The markdown "What grew" section: for each attributed benchmark, the types whose bytes per operation grew most
/// and the stack that allocates the largest growth. Every name from the trace is escaped like the rest of the report,
/// inside HTML <c>code</c> elements: markdown's backtick spans would show the character references literally.
/// </summary>
internal static class WhatGrewSection
{
    /// <summary>The section, or nothing when no benchmark was attributed.</summary>
    public static string Render(IReadOnlyList<WhatGrew> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("\n## What grew\n\n");
        text.Append("The runtime's allocation samples over the operations whose bytes were counted, against the baseline's; a type is listed when its change is ")
            .Append("beyond sampling noise once every type compared is accounted for. For a leak, heap snapshots say what is retained.\n");
        foreach (var answer in answers)
        {
            Render(text, answer);
        }

        return text.ToString();
    }

    private static void Render(StringBuilder text, WhatGrew answer)
    {
        text.Append("\n<details open><summary><code>").Append(MarkdownText.Escape(answer.Benchmark)).Append("</code></summary>\n\n");
        if (!answer.Growths.IsEmpty)
        {
            text.Append(answer.HasBaselineProfile ? "| Type | Baseline → current | Change |\n| --- | ---: | ---: |\n" : "| Type | Current | ± |\n| --- | ---: | ---: |\n");
        }

        foreach (var growth in answer.Growths)
        {
            text.Append("| <code>").Append(MarkdownText.Escape(growth.TypeName)).Append("</code> | ");
            text.Append(answer.HasBaselineProfile
                ? $"{WhatGrewText.FromTo(growth)} | {WhatGrewText.Change(growth, signed: true)} |\n"
                : $"{ByteSize.Format(growth.CurrentBytesPerOperation)}/op | {ByteSize.Format(growth.Uncertainty95)} |\n");
        }

        if (WhatGrewText.Reconciliation(answer) is { } sum)
        {
            text.Append('\n').Append(MarkdownText.Escape(sum)).Append('\n');
        }

        text.Append('\n').Append(MarkdownText.Escape(WhatGrewText.Basis(answer))).Append('\n');
        if (answer.TopStack is { Frames.IsEmpty: false } stack)
        {
            text.Append("\nAllocated at (innermost first):\n\n");
            foreach (var frame in WhatGrewText.CodeFrames(stack).Take(WhatGrewText.StackFrames))
            {
                text.Append("- <code>").Append(MarkdownText.Escape(frame)).Append("</code>\n");
            }
        }

        if (answer.Current.Retained is { } retained)
        {
            RenderRetained(text, retained);
        }

        text.Append("\n</details>\n");
    }

    private static void RenderRetained(StringBuilder text, Leaks.RetainedTypes retained)
    {
        text.Append("\nWhat is retained: ").Append(MarkdownText.Escape(RetainedTypesText.Basis(retained))).Append('\n');
        if (retained.Types.IsEmpty)
        {
            return;
        }

        text.Append("\n| Type | Retained/op | Instances/op |\n| --- | ---: | ---: |\n");
        foreach (var type in retained.Types)
        {
            text.Append("| <code>").Append(MarkdownText.Escape(type.TypeName)).Append("</code> | ")
                .Append(ByteSize.Format(type.BytesPerOperation)).Append(" | ")
                .Append(RetainedTypesText.Instances(type)).Append(" |\n");
        }
    }
}
