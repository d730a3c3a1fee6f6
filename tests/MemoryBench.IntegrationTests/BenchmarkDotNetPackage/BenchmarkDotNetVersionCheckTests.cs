using System.Diagnostics;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Tests.Reading;

namespace MemoryBench.IntegrationTests.BenchmarkDotNetPackage;

/// <summary>
/// The package's buildTransitive targets stop the build of a project that resolved a BenchmarkDotNet the package was
/// not made for, and name the fix. MSBuild runs the check over a BenchmarkDotNet reference described as NuGet does.
/// </summary>
[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class BenchmarkDotNetVersionCheckTests
{
    private static readonly string Targets = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "../../../../../src/MemoryBench.BenchmarkDotNet/buildTransitive/MemoryBench.BenchmarkDotNet.targets"));

    [TestMethod]
    [DataRow("0.15.8")]
    [DataRow("0.15.9")]
    [DataRow("0.15.10-preview.1")]
    public void A_BenchmarkDotNet_of_the_supported_range_builds(string version)
    {
        var (exitCode, output) = Check(version);

        Assert.AreEqual(0, exitCode, output);
    }

    [TestMethod]
    [DataRow("0.16.0")]
    [DataRow("0.15.2")]
    [DataRow("1.0.0")]
    public void Another_BenchmarkDotNet_stops_the_build_and_names_the_fix(string version)
    {
        var (exitCode, output) = Check(version);

        Assert.AreNotEqual(0, exitCode, output);
        Assert.Contains("MEMORYBENCH002", output);
        Assert.Contains($"BenchmarkDotNet {version} is outside", output);
        Assert.Contains("dotnet add package BenchmarkDotNet --version 0.15.8", output);
    }

    private static (int ExitCode, string Output) Check(string version)
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("Check.proj", $"""
            <Project>
              <ItemGroup>
                <ReferencePath Include="BenchmarkDotNet.dll" NuGetPackageId="BenchmarkDotNet" NuGetPackageVersion="{version}" />
              </ItemGroup>
              <Target Name="ResolveAssemblyReferences" />
              <Import Project="{Targets}" />
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "msbuild", project, "-t:ResolveAssemblyReferences", "-nologo", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
