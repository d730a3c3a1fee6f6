namespace Consumer;

/// <summary>What .ci/run injects into the benchmarks through the benchmark process's environment.</summary>
internal static class Injected
{
    /// <summary>CONSUMER_INJECT_EXTRA_OBJECT=1, or CONSUMER_INJECT_LEAK=1 (a leak allocates the object too).</summary>
    public static readonly bool ExtraObject =
        Environment.GetEnvironmentVariable("CONSUMER_INJECT_EXTRA_OBJECT") == "1" || Leak;

    private static bool Leak => Environment.GetEnvironmentVariable("CONSUMER_INJECT_LEAK") == "1";

    private static readonly bool Keeps = Leak;

    private static readonly List<AuditEntry> Kept = [];

    /// <summary>Keeps the injected object forever under CONSUMER_INJECT_LEAK=1.</summary>
    public static void KeepWhenLeaking(AuditEntry entry)
    {
        if (Keeps)
        {
            Kept.Add(entry);
        }
    }
}

/// <summary>A user's type: a header, a method table pointer and one long, 24 bytes.</summary>
public sealed record AuditEntry(long Lines);
