namespace MemoryBench.Cli.Running;

/// <summary>The GitHub Actions job summary: the file named by <c>GITHUB_STEP_SUMMARY</c>, when it is set.</summary>
internal static class StepSummary
{
    public static void Append(string markdown)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } path)
        {
            File.AppendAllText(path, markdown.EndsWith('\n') ? markdown : markdown + "\n");
        }
    }
}
