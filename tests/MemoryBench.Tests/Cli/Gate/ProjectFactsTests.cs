using MemoryBench.Cli.Running;

namespace MemoryBench.Tests.Cli.Gate;

[TestClass]
public sealed class ProjectFactsTests
{
    private const string Project = "/src/Bench/Bench.csproj";
    private const string Assembly = "/src/Bench/bin/Release/net10.0/Bench.dll";

    private static string Answer(string runCommand = "/src/Bench/bin/Release/net10.0/Bench", string runArguments = "", string workingDirectory = "", string targetPath = Assembly) => $$"""
        {
          "Properties": {
            "TargetPath": "{{targetPath}}",
            "RunCommand": "{{runCommand}}",
            "RunArguments": "{{runArguments}}",
            "RunWorkingDirectory": "{{workingDirectory}}"
          },
          "Items": {
            "PackageReference": [ { "Identity": "BenchmarkDotNet", "Version": "0.15.8" } ],
            "ProjectReference": [ { "Identity": "../Library/Library.csproj" } ]
          }
        }
        """;

    private static ProjectFacts Read(string answer, bool hasLaunchProfile = false, bool built = true) =>
        ProjectFacts.Read(Project, answer, hasLaunchProfile, path => built && path == Assembly);

    [TestMethod]
    public void A_plain_programs_build_is_started_through_the_dotnet_host_without_dotnet_run()
    {
        var facts = Read(Answer());

        CollectionAssert.AreEqual(new[] { "exec", Assembly, "--filter", "*" }, facts.Program.Start(["--filter", "*"]).ToArray());
        CollectionAssert.AreEqual(new[] { "BenchmarkDotNet", "../Library/Library.csproj" }, facts.References.ToArray());
    }

    [TestMethod]
    public void A_program_with_a_launch_profile_is_started_through_dotnet_run_which_applies_it()
    {
        var facts = Read(Answer(), hasLaunchProfile: true);

        CollectionAssert.AreEqual(
            new[] { "run", "--no-build", "-c", "Release", "--project", Project, "--", "--filter", "*" }, facts.Program.Start(["--filter", "*"]).ToArray());
    }

    [TestMethod]
    [DataRow("", "", "", Assembly, DisplayName = "several target frameworks: no run command")]
    [DataRow("/usr/bin/dotnet", "exec \\\"Bench.dll\\\"", "", Assembly, DisplayName = "run arguments of its own")]
    [DataRow("/src/Bench/bin/Release/net10.0/Bench", "", "/data", Assembly, DisplayName = "a working directory of its own")]
    [DataRow("/src/Bench/bin/Release/net10.0/Bench.exe", "", "", "/src/Bench/bin/Release/net10.0/Bench.exe", DisplayName = "no managed assembly")]
    public void A_program_that_dotnet_run_starts_its_own_way_is_left_to_dotnet_run(string runCommand, string runArguments, string workingDirectory, string targetPath)
    {
        var facts = Read(Answer(runCommand, runArguments, workingDirectory, targetPath));

        Assert.IsNull(facts.Program.Assembly);
        Assert.AreEqual("run", facts.Program.Start([]).First());
    }

    [TestMethod]
    public void A_program_never_built_is_left_to_dotnet_run_which_says_so()
    {
        Assert.IsNull(Read(Answer(), built: false).Program.Assembly);
    }

    [TestMethod]
    public void An_answer_that_is_not_msbuilds_is_refused()
    {
        Assert.ThrowsExactly<System.Text.Json.JsonException>(() => Read("""{ "Properties": {} }"""));
    }
}
