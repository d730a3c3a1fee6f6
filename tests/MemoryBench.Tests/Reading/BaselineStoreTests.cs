using System.Text.Json.Nodes;
using MemoryBench.Model;
using MemoryBench.Reading;
using MemoryBench.Reading.Baseline;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class BaselineStoreTests
{
    [TestMethod]
    public void A_baseline_reads_back_as_written_with_decimals_to_three_significant_digits()
    {
        using var folder = new TemporaryFolder();
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));
        var file = folder.File("baseline.json");

        BaselineStore.Write(file, run);
        var read = BaselineStore.Read(file);

        Assert.AreEqual(ResultText.Of(AsStored(run)), ResultText.Of(read));
        CollectionAssert.AreEqual(new[] { file }, read.Sources.ToArray());
    }

    [TestMethod]
    public void Writing_the_same_baseline_twice_gives_the_same_bytes()
    {
        using var folder = new TemporaryFolder();
        var run = BenchmarkDotNetReader.Read(Exports.Folder("0.15"));

        BaselineStore.Write(folder.File("first.json"), run);
        BaselineStore.Write(folder.File("second.json"), BaselineStore.Read(folder.File("first.json")));

        CollectionAssert.AreEqual(File.ReadAllBytes(folder.File("first.json")), File.ReadAllBytes(folder.File("second.json")));
    }

    [TestMethod]
    public void Benchmarks_are_written_sorted_by_id_whatever_their_order()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        var run = new RunResults(
            SampleResults.Environment,
            [SampleResults.Measured("Total", 64), SampleResults.Measured("Discount", 32), SampleResults.Measured("Tax", 8)],
            []);

        BaselineStore.Write(file, run);

        string[] sorted = ["      \"id\": \"Shop.Pricing.Discount\",", "      \"id\": \"Shop.Pricing.Tax\",", "      \"id\": \"Shop.Pricing.Total\","];
        var ids = File.ReadAllLines(file).Where(line => line.TrimStart().StartsWith("\"id\"", StringComparison.Ordinal)).ToArray();
        CollectionAssert.AreEqual(sorted, ids);
    }

    [TestMethod]
    public void The_file_is_pretty_printed_one_figure_per_line_with_the_time_measurements_on_one_line()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");

        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 39_000, "Count=1000"), SampleResults.Failed("Tax")));

        Assert.AreEqual(
            $$"""
            {
              "schemaVersion": 2,
              "memoryBenchVersion": "{{MemoryBenchVersion.Current}}",
              "environment": {
                "os": "Linux Debian GNU/Linux 12 (bookworm)",
                "architecture": "X64",
                "runtime": ".NET 10.0.12",
                "processorCount": 2,
                "gcMode": "Workstation, Concurrent",
                "gen0Budget": {
                  "bytes": 8388608,
                  "source": "pinned"
                }
              },
              "measuredWith": {
                "benchmarkDotNet": "0.15.8",
                "memoryBench": "0.2.0"
              },
              "benchmarks": [
                {
                  "id": "Shop.Pricing.Tax",
                  "namespace": "Shop",
                  "type": "Pricing",
                  "method": "Tax",
                  "parameters": "",
                  "job": "FastMemory",
                  "categories": [],
                  "isBaseline": false,
                  "failed": true,
                  "memory": null,
                  "time": null,
                  "retained": null
                },
                {
                  "id": "Shop.Pricing.Total(Count=1000)",
                  "namespace": "Shop",
                  "type": "Pricing",
                  "method": "Total",
                  "parameters": "Count=1000",
                  "job": "FastMemory",
                  "categories": [
                    "Pricing"
                  ],
                  "isBaseline": false,
                  "failed": false,
                  "memory": {
                    "allocatedBytesPerOperation": 39000,
                    "gen0Collections": 12,
                    "gen1Collections": 1,
                    "gen2Collections": 0,
                    "totalOperations": 5344
                  },
                  "time": {
                    "meanNanoseconds": 19500,
                    "medianNanoseconds": 19400,
                    "workloadNanosecondsPerOperation": [20200, 19400, 18800]
                  },
                  "retained": null
                }
              ]
            }

            """,
            File.ReadAllText(file));
    }

    [TestMethod]
    public void Retained_memory_is_stored()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        var leaking = SampleResults.Measured("Total", 24) with { Retained = new RetainedMemory(24.0417, 0.51234) };

        BaselineStore.Write(file, SampleResults.Run(leaking));

        Assert.AreEqual(new RetainedMemory(24, 0.512), BaselineStore.Read(file).Benchmarks.Single().Retained);
    }

    [TestMethod]
    public void A_failure_while_writing_leaves_the_previous_file_intact_and_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));
        var before = File.ReadAllBytes(file);
        var unwritable = SampleResults.Measured("Discount", 32) with { Time = new TimeSummary(double.NaN, 1, [1]) };

        Assert.ThrowsExactly<ArgumentException>(() => BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64), unwritable)));

        CollectionAssert.AreEqual(before, File.ReadAllBytes(file));
        CollectionAssert.AreEqual(new[] { file }, Directory.GetFiles(folder.Path));
    }

    [TestMethod]
    public void A_target_that_cannot_be_replaced_is_an_input_error_and_leaves_no_temporary_file()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("baseline.json");
        Directory.CreateDirectory(target);

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Write(target, SampleResults.Run(SampleResults.Measured("Total", 64))));

        Assert.AreEqual(target, error.FilePath);
        Assert.Contains("cannot be written", error.Message);
        Assert.IsEmpty(Directory.GetFiles(folder.Path));
    }

    [TestMethod]
    public void A_baseline_of_another_schema_version_is_refused_naming_the_version()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("baseline.json", """{ "schemaVersion": 3, "environment": null, "benchmarks": [], "newMember": true }""");

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.AreEqual("$.schemaVersion", error.Location);
        Assert.AreEqual("schemaVersion 3 is not supported; expected 1 or 2", error.Problem);
    }

    [TestMethod]
    public void A_baseline_records_the_MemoryBench_that_wrote_it_and_the_versions_that_measured_it()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");

        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)) with { Toolchain = new Toolchain("0.15.2", null) });

        var written = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.AreEqual(MemoryBenchVersion.Current, (string?)written["memoryBenchVersion"]);
        Assert.AreEqual(new Toolchain("0.15.2", null), BaselineStore.Read(file).Toolchain);
    }

    [TestMethod]
    public void A_run_that_does_not_say_what_measured_it_is_stored_as_unknown_versions()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");

        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)) with { Toolchain = null });

        Assert.AreEqual(new Toolchain(null, "unknown"), BaselineStore.Read(file).Toolchain);
    }

    [TestMethod]
    public void A_baseline_of_schema_1_is_still_read_without_the_versions_that_measured_it()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("baseline.json", SchemaOne);

        var read = BaselineStore.Read(file);

        Assert.IsNull(read.Toolchain);
        Assert.AreEqual(".NET 10.0.12", read.Environment!.Runtime);
        Assert.AreEqual(64, read.Benchmarks.Single().Memory!.BytesAllocatedPerOperation);
    }

    [TestMethod]
    public void A_baseline_of_schema_1_with_a_member_of_schema_2_is_refused_naming_it()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write(
            "baseline.json",
            SchemaOne.Replace("\"environment\"", "\"measuredWith\": { \"benchmarkDotNet\": \"0.15.8\", \"memoryBench\": null },\n  \"environment\"", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual("$.measuredWith", error.Location);
        Assert.AreEqual("schemaVersion 1 has no \"measuredWith\"; expected \"schemaVersion\": 2 with it", error.Problem);
    }

    [TestMethod]
    public void A_baseline_of_schema_2_without_the_versions_that_measured_it_is_refused()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));
        var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        document.Remove("measuredWith");
        File.WriteAllText(file, document.ToJsonString());

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual("$.measuredWith", error.Location);
        Assert.Contains("expected the BenchmarkDotNet and MemoryBench versions that measured the figures", error.Problem);
    }

    [TestMethod]
    public void A_file_without_a_schema_version_is_refused()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("baseline.json", """{ "environment": null, "benchmarks": [] }""");

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.Contains("'schemaVersion'", error.Problem);
    }

    [TestMethod]
    public void A_baseline_that_records_no_gen0_budget_has_it_inferred_from_its_own_figures()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        // 39,000 B x 4,301 operations over 20 gen0 collections: 8 MiB each.
        var measured = SampleResults.Measured("Total", 39_000) with { Memory = new MemoryMetrics(39_000, 20, 0, 0, 4_301) };
        BaselineStore.Write(file, SampleResults.Run(measured) with { Environment = SampleResults.Environment with { Gen0Budget = null } });

        var budget = BaselineStore.Read(file).Environment!.Gen0Budget;

        Assert.AreEqual(Gen0BudgetSource.Inferred, budget!.Source);
        Assert.AreEqual(8 * 1024 * 1024, budget.Bytes, 0.01 * 1024 * 1024);
    }

    [TestMethod]
    public void A_gen0_budget_of_unknown_source_is_refused_naming_the_member()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"pinned\"", "\"guessed\"", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual("$.environment.gen0Budget.source", error.Location);
        StringAssert.Contains(error.Problem, "expected \"pinned\" or \"inferred\"");
    }

    [TestMethod]
    public void A_misspelt_member_is_refused_by_name()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("baseline.json", """{ "schemaVersion": 1, "enviroment": null, "environment": null, "benchmarks": [] }""");

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.Contains("$.enviroment", error.Location!);
        Assert.Contains("unknown property 'enviroment'", error.Problem);
    }

    [TestMethod]
    public void A_string_where_a_figure_is_expected_names_the_figure()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"allocatedBytesPerOperation\": 64", "\"allocatedBytesPerOperation\": \"64 B\"", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.Contains("$.benchmarks[0].memory.allocatedBytesPerOperation", error.Location!);
        Assert.AreEqual("expected a number", error.Problem);
    }

    [TestMethod]
    public void A_truncated_baseline_is_reported_as_ending_early()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64)));
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text[..(text.Length * 2 / 3)]);

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.Contains("ends early", error.Problem);
    }

    [TestMethod]
    public void A_benchmark_listed_twice_is_refused()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, SampleResults.Run(SampleResults.Measured("Total", 64), SampleResults.Measured("Total", 64, "Count=1")));
        File.WriteAllText(file, File.ReadAllText(file).Replace("Shop.Pricing.Total(Count=1)", "Shop.Pricing.Total", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual("$.benchmarks[1].id", error.Location);
    }

    [TestMethod]
    public void A_missing_baseline_is_named_as_missing()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.Contains("no such file", error.Problem);
    }

    // A baseline as MemoryBench wrote it before schema 2.
    internal const string SchemaOne = """
        {
          "schemaVersion": 1,
          "environment": {
            "os": "Linux Debian GNU/Linux 12 (bookworm)",
            "architecture": "X64",
            "runtime": ".NET 10.0.12",
            "processorCount": 2,
            "gcMode": "Workstation, Concurrent"
          },
          "benchmarks": [
            {
              "id": "Shop.Pricing.Total",
              "namespace": "Shop",
              "type": "Pricing",
              "method": "Total",
              "parameters": "",
              "job": "FastMemory",
              "categories": [],
              "isBaseline": false,
              "failed": false,
              "memory": {
                "allocatedBytesPerOperation": 64,
                "gen0Collections": 12,
                "gen1Collections": 1,
                "gen2Collections": 0,
                "totalOperations": 5344
              },
              "time": null,
              "retained": null
            }
          ]
        }
        """;

    /// <summary>What the file keeps of a run: decimals rounded, no budgets.</summary>
    private static RunResults AsStored(RunResults run) => run with
    {
        Benchmarks =
        [
            .. run.Benchmarks.Select(benchmark => benchmark with
            {
                Time = benchmark.Time is { } time
                    ? new TimeSummary(
                        BaselineFigures.Round(time.MeanNanoseconds),
                        BaselineFigures.Round(time.MedianNanoseconds),
                        [.. time.WorkloadNanosecondsPerOperation.Select(BaselineFigures.Round)])
                    : null,
                Retained = benchmark.Retained is { } retained
                    ? new RetainedMemory(BaselineFigures.Round(retained.BytesPerOperation), BaselineFigures.Round(retained.StandardErrorBytes))
                    : null,
                Budget = null,
            }),
        ],
    };
}
