using MemoryBench.Reading;

namespace MemoryBench.Tests.Reading;

[TestClass]
public sealed class BadInputTests
{
    [TestMethod]
    public void A_missing_file_or_folder_is_named_as_missing()
    {
        using var folder = new TemporaryFolder();
        var missing = folder.File("nowhere");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(missing));

        Assert.AreEqual(missing, error.FilePath);
        Assert.Contains("no such file or folder", error.Message);
    }

    [TestMethod]
    public void An_empty_folder_has_no_exports()
    {
        using var folder = new TemporaryFolder();
        folder.Write("notes/readme.txt", "not an export");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(folder.Path));

        Assert.AreEqual(folder.Path, error.FilePath);
        Assert.Contains("no BenchmarkDotNet full JSON export", error.Message);
    }

    [TestMethod]
    public void A_truncated_export_is_reported_as_ending_early_with_its_position()
    {
        using var folder = new TemporaryFolder();
        var full = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var file = folder.Write("Hashing-report-full.json", full[..(full.Length / 2)]);

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.Contains("ends early", error.Message);
        Assert.Contains("line ", error.Location!);
    }

    [TestMethod]
    public void A_number_beyond_the_range_of_a_double_is_refused_where_it_stands()
    {
        using var folder = new TemporaryFolder();
        var full = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var mean = System.Text.RegularExpressions.Regex.Match(full, "\"Mean\": ?[0-9.eE+-]+").Value;
        var file = folder.Write("Hashing-report-full.json", full.Replace(mean, "\"Mean\": 1e400", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.AreEqual("$.Benchmarks[0].Statistics.Mean", error.Location);
        Assert.Contains("expected a finite number", error.Message);
    }

    [TestMethod]
    public void A_number_beyond_the_range_of_a_double_in_a_baselines_allocation_profile_is_refused_where_it_stands()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("baseline.json");
        BaselineStore.Write(file, Fuzzing.SeedInputs.ProfiledBaseline());
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"countedBytesPerOperation\": 880.25", "\"countedBytesPerOperation\": 1e400", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<InputException>(() => BaselineStore.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.EndsWith(".allocations.countedBytesPerOperation", error.Location!);
        Assert.Contains("expected a finite number", error.Message);
    }

    [TestMethod]
    public void Json_that_is_not_an_export_says_what_was_expected()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("other-report-full.json", """{ "name": "something else", "items": [1, 2, 3] }""");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.AreEqual(file, error.FilePath);
        Assert.Contains("expected a BenchmarkDotNet full JSON export", error.Message);
    }

    [TestMethod]
    public void A_json_array_is_not_an_export()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("array-report-full.json", "[1, 2, 3]");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.Contains("expected a BenchmarkDotNet full JSON export", error.Message);
    }

    [TestMethod]
    public void Text_that_is_not_json_is_invalid_json_with_its_position()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("text-report-full.json", "BenchmarkDotNet v0.15.8\n| Method | Mean |\n");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.Contains("invalid JSON", error.Message);
        Assert.Contains("line 1", error.Location!);
    }

    [TestMethod]
    public void A_string_where_a_number_is_expected_names_the_path_and_the_expected_type()
    {
        using var folder = new TemporaryFolder();
        var export = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var file = folder.Write("Hashing-report-full.json", ReplaceFirst(export, "\"Median\":", "\"Median\":\"fast\", \"Was\":"));

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.Contains("$.Benchmarks[0].Statistics.Median", error.Location!);
        Assert.AreEqual("expected a number", error.Problem);
    }

    [TestMethod]
    public void A_string_where_a_measurement_number_is_expected_names_the_measurement()
    {
        using var folder = new TemporaryFolder();
        var export = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var file = folder.Write("Hashing-report-full.json", ReplaceFirst(export, "\"Operations\":1,", "\"Operations\":\"one\","));

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.Contains("$.Benchmarks[0].Measurements", error.Location!);
        Assert.AreEqual("expected a number, found a string", error.Problem);
    }

    [TestMethod]
    public void A_benchmark_without_its_method_is_reported()
    {
        using var folder = new TemporaryFolder();
        var export = File.ReadAllText(Exports.Full("0.15", "Hashing"));
        var file = folder.Write("Hashing-report-full.json", ReplaceFirst(export, "\"Method\":\"HashCode\",", ""));

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.Contains("$.Benchmarks[0]", error.Location!);
        Assert.Contains("Method", error.Problem);
    }

    [TestMethod]
    public void The_same_benchmark_in_two_files_names_both_files()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Copy(Exports.Full("0.15", "Hashing"), "first");
        var second = folder.Copy(Exports.Full("0.15", "Hashing"), "second");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(folder.Path));

        Assert.AreEqual(second, error.FilePath);
        Assert.Contains(first, error.Message);
        Assert.Contains($"{Exports.Namespace}.Hashing.HashCode", error.Message);
    }

    [TestMethod]
    public void Every_input_error_is_one_line()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("odd\nname-report-full.json", "{");

        var error = Assert.ThrowsExactly<InputException>(() => BenchmarkDotNetReader.Read(file));

        Assert.DoesNotContain("\n", error.Message);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, at, $"the fixture has no {find}");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
