using System.Text;
using MemoryBench.Attribution;

namespace MemoryBench.Report;

/// <summary>A few console lines per attributed benchmark: its top growths and where the largest is allocated.</summary>
internal static class WhatGrewConsole
{
    /// <summary>How many types the console lists per benchmark.</summary>
    public const int TypeCount = 3;

    /// <summary>A blank line, then the lines of each answer; nothing when there are none.</summary>
    public static string Render(IReadOnlyList<WhatGrew> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var text = new StringBuilder();
        foreach (var answer in answers)
        {
            text.Append("\nWhat grew in ").Append(ConsoleText.Escape(answer.Benchmark))
                .Append(answer.HasBaselineProfile ? ":" : " (no baseline profile: current allocations, largest first):").Append('\n');
            foreach (var growth in answer.Growths.Take(TypeCount))
            {
                text.Append("  ").Append(ConsoleText.Escape(growth.TypeName)).Append("  ")
                    .Append(answer.HasBaselineProfile
                        ? $"{WhatGrewText.FromTo(growth, ascii: true)} ({WhatGrewText.Change(growth, signed: true, ascii: true)})"
                        : WhatGrewText.Change(growth, signed: false, ascii: true))
                    .Append('\n');
            }

            if (answer.Growths.Length > TypeCount)
            {
                text.Append("  (").Append(answer.Growths.Length - TypeCount).Append(" more in the report)\n");
            }

            if (answer.TopStack is { Frames.IsEmpty: false } stack)
            {
                text.Append("    at ").Append(string.Join(" <- ", WhatGrewText.CodeFrames(stack).Take(3).Select(ConsoleText.Escape))).Append('\n');
            }

            if (WhatGrewText.Reconciliation(answer, ascii: true) is { } sum)
            {
                text.Append("  ").Append(sum).Append('\n');
            }

            if (answer.Current.Retained is { } retained)
            {
                text.Append("  What is retained: ").Append(RetainedTypesText.Basis(retained, ascii: true)).Append('\n');
                foreach (var type in retained.Types.Take(TypeCount))
                {
                    text.Append("    ").Append(ConsoleText.Escape(type.TypeName)).Append("  ").Append(RetainedTypesText.Figures(type)).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
