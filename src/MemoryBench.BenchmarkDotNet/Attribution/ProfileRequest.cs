namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// How the host asks a benchmark process to sample the allocations of its counted span, and where the process leaves
/// what it sampled: a file named by the process id in the temporary folder, written by the host when the process
/// starts (<c>BeforeAnythingElse</c>, while the process waits for it), read once by the process. It holds the path
/// stem the process writes its trace (<c>.nettrace</c>) and its span (<c>.span</c>) to. No file, no sampling: a job
/// run without MemoryBench's diagnoser leaves nothing behind.
/// </summary>
internal static class ProfileRequest
{
    /// <summary>The extension of the trace the process writes.</summary>
    public const string TraceExtension = ".nettrace";

    /// <summary>The extension of the span file the process writes beside it.</summary>
    public const string SpanExtension = ".span";

    private static string Folder => Path.Combine(Path.GetTempPath(), "memorybench-profile-requests");

    /// <summary>Host side: asks process <paramref name="processId"/> to write its trace and span to <paramref name="stem"/> plus their extensions.</summary>
    public static void Write(int processId, string stem)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(processId), stem);
    }

    /// <summary>Host side: withdraws a request the process never read (it failed, or ran no counting stage).</summary>
    public static void Withdraw(int processId)
    {
        try
        {
            File.Delete(PathOf(processId));
        }
        catch (DirectoryNotFoundException)
        {
            // No request was ever written on this machine (a fresh temporary folder): none is left to withdraw.
        }
    }

    /// <summary>Benchmark side: the stem this process was asked to write to, once; null when it was not asked.</summary>
    public static string? Take(int processId)
    {
        var path = PathOf(processId);
        if (!File.Exists(path))
        {
            return null;
        }

        var stem = File.ReadAllText(path).Trim();
        File.Delete(path);
        return stem.Length > 0 ? stem : null;
    }

    private static string PathOf(int processId) => Path.Combine(Folder, $"{processId}.request");
}
