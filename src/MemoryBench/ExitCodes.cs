namespace MemoryBench;

/// <summary>The exit codes every MemoryBench command shares (see docs/design.md, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Nothing regressed.</summary>
    public const int Success = 0;

    /// <summary>A regression, a budget breach or a failed benchmark.</summary>
    public const int Failure = 1;

    /// <summary>The input or the command line is wrong.</summary>
    public const int BadInput = 2;

    /// <summary>The exit code a comparison ends with: <see cref="Success"/> when it passed, <see cref="Failure"/> otherwise.</summary>
    public static int Of(Comparison.ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Passed ? Success : Failure;
    }
}
