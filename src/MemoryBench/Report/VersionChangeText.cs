using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>What the report says when the baseline was measured with other versions than the current run.</summary>
internal static class VersionChangeText
{
    /// <summary>"BenchmarkDotNet 0.15.1 → 0.15.8, runtime .NET 9.0.1 → .NET 10.0.12", unescaped; null when none changed.</summary>
    public static string? Of(ComparisonResult result, bool ascii)
    {
        var changes = VersionChanges.Of(result);
        if (changes.IsEmpty)
        {
            return null;
        }

        var arrow = ascii ? " -> " : " → ";
        return string.Join(", ", changes.Select(change => $"{change.Tool} {change.Baseline}{arrow}{change.Current}"));
    }

    /// <summary>The advice under the verdict line: why it matters and how to tell the tools' change from the code's.</summary>
    public const string Advice =
        "a figure that moved may have moved with the tools, not with the code. To tell them apart, remake the baseline with " +
        "this run's versions on the code before the change.";
}
