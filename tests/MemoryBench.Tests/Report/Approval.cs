using System.Runtime.CompilerServices;
using MemoryBench.Model;

namespace MemoryBench.Tests.Report;

/// <summary>
/// Compares a rendered output with its checked-in approved file (copied to the output folder). On a mismatch it writes
/// the output as a .received file next to the approved one in the output folder and fails, saying where to look.
/// </summary>
internal static class Approval
{
    public static void Verify(string received, string approvedName, [CallerFilePath] string callerFile = "")
    {
        received = WithoutWriterVersion(received);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Report", "Approved", approvedName);
        var receivedPath = Path.Combine(
            Path.GetDirectoryName(approvedPath)!,
            approvedName.Replace(".approved.", ".received.", StringComparison.Ordinal));
        // Git may check the approved file out with CRLF on Windows; the renderers always write LF.
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received);
        var source = Path.Combine(Path.GetDirectoryName(callerFile)!, "Approved", approvedName);
        var difference = approved is null ? "there is no approved file yet" : FirstDifference(approved, received);
        Assert.Fail(
            $"The output differs from {approvedName}: {difference}.\n" +
            $"Received: {receivedPath}\n" +
            $"Compare it with the approved file, and if the new output is right, copy it over {source}.");
    }

    // The MemoryBench that wrote an output has a version of its own in every commit: the approved files say "(version)".
    private static string WithoutWriterVersion(string text) => text
        .Replace($"Written by MemoryBench {MemoryBenchVersion.Current}.", "Written by MemoryBench (version).", StringComparison.Ordinal)
        .Replace($"\"memoryBenchVersion\": \"{MemoryBenchVersion.Current}\"", "\"memoryBenchVersion\": \"(version)\"", StringComparison.Ordinal);

    private static string FirstDifference(string approved, string received)
    {
        var approvedLines = approved.Split('\n');
        var receivedLines = received.Split('\n');
        for (var i = 0; i < Math.Max(approvedLines.Length, receivedLines.Length); i++)
        {
            var expected = i < approvedLines.Length ? approvedLines[i] : "(end of file)";
            var actual = i < receivedLines.Length ? receivedLines[i] : "(end of file)";
            if (expected != actual)
            {
                return $"first at line {i + 1}\n  approved: {expected}\n  received: {actual}";
            }
        }

        return "they differ only in line endings";
    }
}
