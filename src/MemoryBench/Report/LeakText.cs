using MemoryBench.Comparison;

namespace MemoryBench.Report;

/// <summary>What a leak change is called, in the reasons and in the Leaks section alike.</summary>
internal static class LeakText
{
    public static string Of(LeakChangeKind change) => change switch
    {
        LeakChangeKind.Introduced => "Leak introduced",
        LeakChangeKind.Grew => "Leak grew",
        LeakChangeKind.Shrank => "Leak shrank",
        LeakChangeKind.Fixed => "Leak fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown leak change."),
    };
}
