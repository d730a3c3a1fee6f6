using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Characteristics;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains;
using BenchmarkDotNet.Toolchains.Results;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.IntegrationTests.Support;
using MemoryBench.Tests.Reading;

namespace MemoryBench.IntegrationTests.Toolchains;

[TestClass]
[MeasuresOnlyInChildProcesses]
public sealed class IncrementalBuilderTests
{
    // A project that builds as far as its code lets it: each test's code decides whether it compiles.
    private const string ProjectFile = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>";

    [TestMethod]
    public void The_fast_job_builds_with_the_incremental_builder()
    {
        var toolchain = FastMemoryJob.Create().Infrastructure.Toolchain;

        Assert.IsInstanceOfType<IncrementalBuilder>(toolchain?.Builder);
    }

    [TestMethod]
    public void Benchmark_classes_each_under_their_own_config_share_one_generated_project()
    {
        // BenchmarkDotNet builds one project per build partition; each class gets its own [MemoryBenchConfig].
        var runs = new[] { typeof(Sample), typeof(OtherSample) }
            .Select(type => BenchmarkConverter.TypeToBenchmarks(type, new MemoryBenchConfigAttribute().Config))
            .ToArray();

        var partitions = BenchmarkPartitioner.CreateForBuild(runs, new CompositeResolver(EnvironmentResolver.Instance, InfrastructureResolver.Instance));

        Assert.HasCount(1, partitions);
        Assert.HasCount(2, partitions[0].Benchmarks);
    }

    [TestMethod]
    public void A_generated_project_that_does_not_build_goes_to_BenchmarkDotNets_own_builder()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.Write("Broken.csproj", ProjectFile);
        folder.Write("Broken.cs", "#error broken on purpose\n");
        var generated = GenerateResult.Success(Paths(broken, folder.File("Broken.dll")), []);
        var fallback = new RecordingBuilder();
        var logger = new AccumulationLogger();

        var result = new IncrementalBuilder(fallback).Build(generated, Partition(), logger);

        Assert.AreSame(generated, fallback.Built);
        Assert.IsTrue(result.IsBuildSuccess);
        StringAssert.Contains(logger.GetLog(), "broken on purpose");
    }

    [TestMethod]
    public void A_build_stamped_with_its_current_inputs_is_kept_without_building()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("Broken.csproj", ProjectFile);
        folder.Write("Broken.cs", "#error never compiled: the build is kept\n");
        var executable = folder.Write("bin/Broken.dll", "the last build's program");
        var partition = Partition();
        GeneratedBuildInputs.Read(folder.Path, project, Path.GetDirectoryName(partition.AssemblyLocation)!).StampIn(folder.Path);
        var fallback = new RecordingBuilder();
        var logger = new AccumulationLogger();

        var result = new IncrementalBuilder(fallback).Build(GenerateResult.Success(Paths(project, executable), []), partition, logger);

        Assert.IsTrue(result.IsBuildSuccess);
        Assert.IsNull(fallback.Built);
        StringAssert.Contains(logger.GetLog(), "kept the generated project's last build");
    }

    [TestMethod]
    public void A_build_whose_source_changed_since_its_stamp_is_built_again()
    {
        using var folder = new TemporaryFolder();
        var project = folder.Write("Broken.csproj", ProjectFile);
        folder.Write("Broken.cs", "// compiles\n");
        var executable = folder.Write("bin/Broken.dll", "the last build's program");
        var partition = Partition();
        GeneratedBuildInputs.Read(folder.Path, project, Path.GetDirectoryName(partition.AssemblyLocation)!).StampIn(folder.Path);
        folder.Write("Broken.cs", "#error changed since the stamp\n");
        var fallback = new RecordingBuilder();
        var logger = new AccumulationLogger();

        new IncrementalBuilder(fallback).Build(GenerateResult.Success(Paths(project, executable), []), partition, logger);

        StringAssert.Contains(logger.GetLog(), "changed since the stamp");
        Assert.IsFalse(File.Exists(folder.File(GeneratedBuildInputs.StampFileName)));
    }

    [TestMethod]
    public void The_generated_projects_folder_is_left_for_the_next_run_and_nothing_else_is()
    {
        using var folder = new TemporaryFolder();
        var project = folder.File("Generated/Generated.csproj");
        var elsewhere = folder.File("elsewhere.txt");
        var inside = folder.File("Generated/bin");
        var generator = new KeptBuildGenerator(new FixedGenerator(GenerateResult.Success(Paths(project, folder.File("Generated/bin/Generated.dll")), [folder.File("Generated"), inside, elsewhere])));

        var result = generator.GenerateProject(Partition(), new AccumulationLogger(), folder.Path);

        CollectionAssert.AreEqual(new[] { elsewhere }, result.ArtifactsToCleanup.ToArray());
    }

    private static ArtifactsPaths Paths(string project, string executable) =>
        new(
            rootArtifactsFolderPath: Path.GetDirectoryName(project)!,
            buildArtifactsDirectoryPath: Path.GetDirectoryName(project)!,
            binariesDirectoryPath: Path.GetDirectoryName(executable)!,
            publishDirectoryPath: Path.GetDirectoryName(project)!,
            programCodePath: project,
            appConfigPath: project,
            nuGetConfigPath: project,
            projectFilePath: project,
            buildScriptFilePath: project,
            executablePath: executable,
            programName: "Broken",
            packagesDirectoryName: "packages");

    private static BuildPartition Partition()
    {
        var benchmark = BenchmarkConverter.TypeToBenchmarks(typeof(Sample)).BenchmarksCases.Single();
        return new BuildPartition([new BenchmarkBuildInfo(benchmark, benchmark.Config, 0)], new CompositeResolver(EnvironmentResolver.Instance, InfrastructureResolver.Instance));
    }

    public class Sample
    {
        private int calls;

        [Benchmark]
        public int Run() => ++calls;
    }

    public class OtherSample
    {
        private long calls;

        [Benchmark]
        public long Run() => ++calls;
    }

    private sealed class FixedGenerator(GenerateResult result) : IGenerator
    {
        public GenerateResult GenerateProject(BuildPartition buildPartition, ILogger logger, string rootArtifactsFolderPath) => result;
    }

    private sealed class RecordingBuilder : IBuilder
    {
        public GenerateResult? Built { get; private set; }

        public BuildResult Build(GenerateResult generateResult, BuildPartition buildPartition, ILogger logger)
        {
            Built = generateResult;
            return BuildResult.Success(generateResult);
        }
    }
}
