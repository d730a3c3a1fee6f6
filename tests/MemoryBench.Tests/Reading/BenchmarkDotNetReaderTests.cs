using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class BenchmarkDotNetReaderTests
{
    private const string Ns = Exports.Namespace;

    [TestMethod]
    public void A_folder_of_exports_is_read_as_one_run_with_every_benchmark_once()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        CollectionAssert.AreEqual(
            new[]
            {
                $"{Ns}.ArrayRenting.Allocate [Server]",
                $"{Ns}.ArrayRenting.Allocate [Workstation]",
                $"{Ns}.ArrayRenting.Rent [Server]",
                $"{Ns}.ArrayRenting.Rent [Workstation]",
                $"{Ns}.Caching.Remember",
                $"{Ns}.Formatting.Format(number=3, suffix=a|b)",
                $"{Ns}.Formatting.Format(number=42, suffix=<x>)",
                $"{Ns}.Hashing.HashCode",
                $"{Ns}.ListFilling<Int32>.Fill",
                $"{Ns}.ListFilling<String>.Fill",
                $"{Ns}.StringJoining.Builder(Count=10)",
                $"{Ns}.StringJoining.Builder(Count=100)",
                $"{Ns}.StringJoining.Concatenation(Count=10)",
                $"{Ns}.StringJoining.Concatenation(Count=100)",
                $"{Ns}.Throwing.Returns",
                $"{Ns}.Throwing.Throws",
            },
            run.Benchmarks.Select(benchmark => benchmark.Id.Value).ToArray());
    }

    [TestMethod]
    public void A_folder_holding_both_exports_of_a_report_reads_only_one_of_them()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        Assert.AreEqual(8, run.Sources.Length);
        Assert.IsTrue(run.Sources.All(source => source.EndsWith("-report-full-compressed.json", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Params_become_the_parameters_of_the_name_and_the_id()
    {
        var benchmark = ReadOne("StringJoining", "Concatenation(Count=100)");

        Assert.AreEqual(new BenchmarkName(Ns, "StringJoining", "Concatenation", "Count=100", "Short"), benchmark.Name);
    }

    [TestMethod]
    public void Arguments_are_separated_by_commas_and_keep_their_characters()
    {
        var benchmark = ReadOne("Formatting", "Format(number=3, suffix=a|b)");

        Assert.AreEqual("number=3, suffix=a|b", benchmark.Name.Parameters);
    }

    [TestMethod]
    public void A_generic_type_keeps_its_type_argument_in_the_type_name()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Full("0.15", "ListFilling_String_"));

        Assert.AreEqual("ListFilling<String>", run.Benchmarks.Single().Name.Type);
        Assert.AreEqual($"{Ns}.ListFilling<String>.Fill", run.Benchmarks.Single().Id.Value);
    }

    [TestMethod]
    public void A_type_under_two_jobs_gets_the_job_in_its_ids()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Full("0.15", "ArrayRenting"));
        string[] jobs = ["Server", "Server", "Workstation", "Workstation"];

        CollectionAssert.AreEquivalent(
            jobs,
            run.Benchmarks.Select(benchmark => benchmark.Name.Job).ToArray());
        Assert.IsTrue(run.Benchmarks.All(benchmark => benchmark.Id.Value.EndsWith($" [{benchmark.Name.Job}]", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_type_under_one_job_has_no_job_in_its_ids_but_keeps_the_job_in_its_name()
    {
        var benchmark = ReadOne("Hashing", "HashCode");

        Assert.AreEqual($"{Ns}.Hashing.HashCode", benchmark.Id.Value);
        Assert.AreEqual("Short", benchmark.Name.Job);
    }

    [TestMethod]
    public void Memory_diagnoser_figures_are_read()
    {
        var benchmark = ReadOne("StringJoining", "Concatenation(Count=10)");

        Assert.AreEqual(new MemoryMetrics(336, 1, 0, 0, 73_248), benchmark.Memory);
    }

    [TestMethod]
    public void A_benchmark_run_without_the_memory_diagnoser_has_memory_not_measured()
    {
        var benchmark = ReadOne("Hashing", "HashCode");

        Assert.IsNull(benchmark.Memory);
        Assert.IsFalse(benchmark.Failed);
        Assert.IsNotNull(benchmark.Time);
    }

    [TestMethod]
    public void A_benchmark_that_threw_is_failed_without_figures()
    {
        var benchmark = ReadOne("Throwing", "Throws");

        Assert.IsTrue(benchmark.Failed);
        Assert.IsNull(benchmark.Memory);
        Assert.IsNull(benchmark.Time);
    }

    [TestMethod]
    public void The_benchmark_beside_a_failed_one_is_not_failed()
    {
        var benchmark = ReadOne("Throwing", "Returns");

        Assert.IsFalse(benchmark.Failed);
        Assert.IsNotNull(benchmark.Memory);
    }

    [TestMethod]
    public void Time_comes_from_the_statistics_and_the_actual_workload_iterations_per_operation()
    {
        var time = ReadOne("StringJoining", "Concatenation(Count=10)").Time!;

        Assert.AreEqual(319.85330885029856, time.MeanNanoseconds);
        Assert.AreEqual(307.1523249781564, time.MedianNanoseconds);
        CollectionAssert.AreEqual(
            new[] { 28_972_538 / 73_248.0, 22_836_498 / 73_248.0, 19_491_423 / 73_248.0 },
            time.WorkloadNanosecondsPerOperation.ToArray());
    }

    [TestMethod]
    public void Retained_memory_metrics_are_read()
    {
        var benchmark = ReadOne("Caching", "Remember");

        Assert.AreEqual(new RetainedMemory(24, 0.5), benchmark.Retained);
    }

    [TestMethod]
    public void A_benchmark_without_retained_memory_metrics_has_retained_memory_not_measured()
    {
        Assert.IsNull(ReadOne("StringJoining", "Builder(Count=10)").Retained);
    }

    [TestMethod]
    public void A_plain_export_has_no_categories_baseline_marks_or_budgets()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        Assert.IsTrue(run.Benchmarks.All(benchmark => benchmark.Categories.IsEmpty && !benchmark.IsBaseline && benchmark.Budget is null));
    }

    [TestMethod]
    public void The_compressed_export_reads_the_same_as_the_full_export()
    {
        foreach (var type in new[] { "ArrayRenting", "Caching", "Formatting", "Hashing", "ListFilling_Int32_", "StringJoining", "Throwing" })
        {
            var full = BenchmarkDotNetReader.Read(Exports.Full("0.15", type));
            var compressed = BenchmarkDotNetReader.Read(Exports.Compressed("0.15", type));

            Assert.AreEqual(ResultText.Of(full), ResultText.Of(compressed), type);
        }
    }

    [TestMethod]
    public void The_environment_comes_from_the_host_with_the_runtime_without_build_details()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Full("0.15", "StringJoining"));

        Assert.AreEqual(
            new EnvironmentFingerprint("Linux Debian GNU/Linux 12 (bookworm)", "X64", ".NET 10.0.12", 2, "default"),
            run.Environment);
    }

    [TestMethod]
    public void The_gc_mode_comes_from_the_job_characteristics_and_names_each_job_when_they_differ()
    {
        var run = BenchmarkDotNetReader.Read(Exports.Full("0.15", "ArrayRenting"));

        Assert.AreEqual("Server: Server, Non-concurrent; Workstation: Workstation", run.Environment!.GcMode);
    }

    [TestMethod]
    public void Exports_of_benchmarkdotnet_0_14_read_the_same_benchmarks()
    {
        var older = BenchmarkDotNetReader.Read(Exports.Folder("0.14"));
        var newer = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        CollectionAssert.AreEqual(
            newer.Benchmarks.Select(benchmark => benchmark.Id).ToArray(),
            older.Benchmarks.Select(benchmark => benchmark.Id).ToArray());
        CollectionAssert.AreEqual(
            newer.Benchmarks.Select(benchmark => (benchmark.Failed, benchmark.Memory is null, benchmark.Retained is null)).ToArray(),
            older.Benchmarks.Select(benchmark => (benchmark.Failed, benchmark.Memory is null, benchmark.Retained is null)).ToArray());
        Assert.AreEqual(".NET 10.0.12", older.Environment!.Runtime);
    }

    [TestMethod]
    public void Several_inputs_merge_into_one_run()
    {
        var run = BenchmarkDotNetReader.Read([Exports.Full("0.15", "Hashing"), Exports.Full("0.15", "Caching")]);

        CollectionAssert.AreEqual(
            new[] { $"{Ns}.Caching.Remember", $"{Ns}.Hashing.HashCode" },
            run.Benchmarks.Select(benchmark => benchmark.Id.Value).ToArray());
        Assert.AreEqual(2, run.Sources.Length);
    }

    [TestMethod]
    public void The_job_becomes_part_of_the_id_when_another_file_has_the_same_type_under_another_job()
    {
        using var folder = new TemporaryFolder();
        var export = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        folder.Write("a/Hashing-report-full.json", export);
        folder.Write("b/Hashing-report-full.json", export.Replace("HashCode: Short(", "HashCode: Long(", StringComparison.Ordinal));

        var run = BenchmarkDotNetReader.Read(folder.Path);

        CollectionAssert.AreEqual(
            new[] { $"{Ns}.Hashing.HashCode [Long]", $"{Ns}.Hashing.HashCode [Short]" },
            run.Benchmarks.Select(benchmark => benchmark.Id.Value).ToArray());
    }

    private static BenchmarkResult ReadOne(string type, string methodAndParameters)
    {
        var run = BenchmarkDotNetReader.Read(Exports.Full("0.15", type));
        return run.Benchmarks.Single(benchmark => benchmark.Id.Value == $"{Ns}.{type}.{methodAndParameters}");
    }
}
