namespace MemoryBench.Benchmarks.Harness;

/// <summary>The exit codes every MemoryBench command shares (see DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
