using MemoryBench.Cli.Adapter;

namespace MemoryBench.Tests.Cli.Adapter;

[TestClass]
public sealed class BenchmarkDotNetConsoleTests
{
    private static string? ErrorsIn(string output)
    {
        var errors = new BenchmarkDotNetConsole.ArgumentErrors();
        foreach (var line in output.Split('\n'))
        {
            errors.Read(line);
        }

        return errors.Found;
    }

    [TestMethod]
    public void An_unknown_option_is_found_in_BenchmarkDotNets_output()
    {
        var errors = ErrorsIn("BenchmarkDotNet v0.15.8\nERROR(S):\n  Option 'no-such-option' is unknown.\n\n  -j, --job    Dry/Short/Medium/Long\n");

        Assert.AreEqual("Option 'no-such-option' is unknown.", errors);
    }

    [TestMethod]
    public void Every_error_under_the_heading_is_found_and_the_help_after_it_is_not()
    {
        var errors = ErrorsIn("ERROR(S):\n  Option 'a' is unknown.\n  Option 'b' is unknown.\n\n  --filter    Glob patterns\n");

        Assert.AreEqual($"Option 'a' is unknown.{Environment.NewLine}Option 'b' is unknown.", errors);
    }

    [TestMethod]
    public void A_run_that_prints_no_error_heading_has_no_argument_errors()
    {
        Assert.IsNull(ErrorsIn("// ***** BenchmarkRunner: Start   *****\n  Option 'x' is unknown in a benchmark's own output\n// ***** BenchmarkRunner: End *****\n"));
    }

    [TestMethod]
    public void The_flat_list_is_the_lines_that_are_benchmark_names()
    {
        var names = BenchmarkDotNetConsole.FlatList("// Validating benchmarks:\nApp.Iterator.Eager\r\nApp.Iterator.Lazy\n\nSome warning text\n");

        CollectionAssert.AreEqual(new[] { "App.Iterator.Eager", "App.Iterator.Lazy" }, names.ToArray());
    }
}
