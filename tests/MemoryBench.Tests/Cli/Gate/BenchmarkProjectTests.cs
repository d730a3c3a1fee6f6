using MemoryBench.Processes;
using MemoryBench.Cli.Running;
using MemoryBench.Reading;
using MemoryBench.Tests.Reading;

namespace MemoryBench.Tests.Cli.Gate;

[TestClass]
public sealed class BenchmarkProjectTests
{
    private const string BenchmarkProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup><PackageReference Include="BenchmarkDotNet" Version="0.15.8" /></ItemGroup>
        </Project>
        """;

    private const string LibraryProjectFile = """<Project Sdk="Microsoft.NET.Sdk" />""";

    [TestMethod]
    public void The_only_benchmark_project_of_the_repository_is_found_from_its_root()
    {
        using var repository = new TemporaryFolder();
        repository.Write("src/App/App.csproj", LibraryProjectFile);
        var benchmarks = repository.Write("bench/App.Benchmarks/App.Benchmarks.csproj", BenchmarkProjectFile);
        repository.Write("bench/App.Benchmarks/bin/Release/copy/App.Benchmarks.csproj", BenchmarkProjectFile);

        var found = BenchmarkProject.Discover(new RepositoryLayout(repository.Path), repository.Path);

        Assert.AreEqual(benchmarks, found.Path);
    }

    [TestMethod]
    public void Several_benchmark_projects_are_named_in_the_error_with_how_to_choose()
    {
        using var repository = new TemporaryFolder();
        repository.Write("a/A.csproj", BenchmarkProjectFile);
        repository.Write("b/B.csproj", BenchmarkProjectFile);

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkProject.Discover(new RepositoryLayout(repository.Path), repository.Path));

        Assert.Contains("a/A.csproj, b/B.csproj", error.Message);
        Assert.Contains("--project", error.Message);
    }

    [TestMethod]
    public void The_benchmark_project_of_the_current_folder_is_chosen_among_several()
    {
        using var repository = new TemporaryFolder();
        repository.Write("a/A.csproj", BenchmarkProjectFile);
        var b = repository.Write("b/B.csproj", BenchmarkProjectFile);

        var found = BenchmarkProject.Discover(new RepositoryLayout(repository.Path), repository.File("b"));

        Assert.AreEqual(b, found.Path);
    }

    [TestMethod]
    public void A_repository_without_a_benchmark_project_says_how_to_name_one()
    {
        using var repository = new TemporaryFolder();
        repository.Write("src/App/App.csproj", LibraryProjectFile);

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkProject.Discover(new RepositoryLayout(repository.Path), repository.Path));

        Assert.Contains("no project here references BenchmarkDotNet", error.Message);
        Assert.Contains("--project <csproj>", error.Message);
    }

    [TestMethod]
    public void A_project_named_by_its_folder_is_the_folders_only_project_file()
    {
        using var repository = new TemporaryFolder();
        var project = repository.Write("bench/Bench.csproj", BenchmarkProjectFile);

        Assert.AreEqual(project, BenchmarkProject.Named(repository.File("bench")).Path);
    }

    [TestMethod]
    [DataRow("MemoryBench.BenchmarkDotNet", true)]
    [DataRow("../../src/MemoryBench.BenchmarkDotNet/MemoryBench.BenchmarkDotNet.csproj", true)]
    [DataRow("..\\src\\MemoryBench.BenchmarkDotNet\\MemoryBench.BenchmarkDotNet.csproj", true)]
    [DataRow("MemoryBench", false)]
    [DataRow("MemoryBench.BenchmarkDotNet.Consumer", false)]
    public void A_project_that_references_MemoryBench_BenchmarkDotNet_brings_its_own_memory_config(string reference, bool brings)
    {
        Assert.AreEqual(brings, BenchmarkProject.BringsMemoryConfig(["BenchmarkDotNet", reference]));
    }

    [TestMethod]
    public void A_reference_under_a_false_condition_is_no_reference()
    {
        using var repository = new TemporaryFolder();
        var project = repository.Write("Bench.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageReference Include="BenchmarkDotNet" Version="0.15.8" /></ItemGroup>
              <ItemGroup Condition="'$(WithMemoryBench)' == 'true'"><PackageReference Include="MemoryBench.BenchmarkDotNet" Version="1.0.0" /></ItemGroup>
            </Project>
            """);

        var facts = ProjectBuild.Run(new BenchmarkProject(project), new RunProcesses(), build: false);

        CollectionAssert.AreEqual(new[] { "BenchmarkDotNet" }, facts!.References.ToArray());
    }
}
