using MemoryBench.Budgets;
using MemoryBench.Model;
using MemoryBench.Reading;

namespace MemoryBench.Tests.Budgets;

[TestClass]
public sealed class BudgetFileTests
{
    private const string File = "ci/budgets.json";

    private static InputException Refused(string json) =>
        Assert.ThrowsExactly<InputException>(() => BudgetFile.Parse(json, File));

    [TestMethod]
    public void Reads_the_contract_example()
    {
        var set = BudgetFile.Parse(
            """{ "budgets": [ { "benchmark": "*.ValueTask*", "maxBytesPerOperation": 0, "noGen2": true, "retainsNothing": true } ] }""",
            File);

        var rule = set.Rules.Single();
        Assert.AreEqual("*.ValueTask*", rule.Pattern.Text);
        Assert.AreEqual(new Budget(0, true, true, "budgets.json budgets[0] (\"*.ValueTask*\")"), rule.Budget);
    }

    [TestMethod]
    public void Omitted_limits_are_no_limits_and_order_is_kept()
    {
        var set = BudgetFile.Parse(
            """
            {
              // comments and trailing commas are fine in a hand-written file
              "budgets": [
                { "benchmark": "A*", "noGen2": true },
                { "benchmark": "B*", "maxBytesPerOperation": 1024, },
              ],
            }
            """,
            File);

        Assert.AreEqual(new Budget(null, true, false, "budgets.json budgets[0] (\"A*\")"), set.Rules[0].Budget);
        Assert.AreEqual(new Budget(1024, false, false, "budgets.json budgets[1] (\"B*\")"), set.Rules[1].Budget);
    }

    [TestMethod]
    public void Empty_budget_list_is_no_budgets()
    {
        Assert.IsEmpty(BudgetFile.Parse("""{ "budgets": [] }""", File).Rules);
    }

    [TestMethod]
    public void Missing_budgets_array_is_refused()
    {
        Assert.AreEqual("ci/budgets.json (top level): expected an object with a \"budgets\" array", Refused("{}").Message);
        Assert.AreEqual("ci/budgets.json (top level): expected an object with a \"budgets\" array", Refused("null").Message);
    }

    [TestMethod]
    public void Entry_without_a_pattern_is_refused_with_its_index()
    {
        var error = Refused("""{ "budgets": [ { "benchmark": "A", "noGen2": true }, { "noGen2": true } ] }""");

        Assert.AreEqual("ci/budgets.json (budgets[1].benchmark): expected a glob pattern over benchmark ids, such as \"*.ValueTask*\"", error.Message);
        Assert.AreEqual(File, error.FilePath);
        Assert.AreEqual("budgets[1].benchmark", error.Location);
    }

    [TestMethod]
    public void Entry_without_any_limit_is_refused()
    {
        var error = Refused("""{ "budgets": [ { "benchmark": "A", "noGen2": false } ] }""");

        Assert.AreEqual(
            "ci/budgets.json (budgets[0] (\"A\")): expected at least one limit: \"maxBytesPerOperation\", \"noGen2\": true or \"retainsNothing\": true",
            error.Message);
    }

    [TestMethod]
    public void Negative_byte_limit_is_refused()
    {
        Assert.Contains("budgets[0].maxBytesPerOperation (\"A\")): expected a number of bytes of zero or more", Refused("""{ "budgets": [ { "benchmark": "A", "maxBytesPerOperation": -1 } ] }""").Message);
    }

    [TestMethod]
    public void Null_entry_is_refused()
    {
        Assert.Contains("budgets[0]): expected an object with", Refused("""{ "budgets": [ null ] }""").Message);
    }

    [TestMethod]
    public void Wrong_type_names_the_entry_member_line_and_expectation()
    {
        var error = Refused("""
            { "budgets": [
              { "benchmark": "A", "maxBytesPerOperation": "lots" } ] }
            """);

        Assert.AreEqual("ci/budgets.json (budgets[0].maxBytesPerOperation, line 2): expected a whole number of bytes, zero or more", error.Message);
    }

    [TestMethod]
    public void Fractional_bytes_are_refused()
    {
        Assert.Contains("expected a whole number of bytes", Refused("""{ "budgets": [ { "benchmark": "A", "maxBytesPerOperation": 1.5 } ] }""").Message);
    }

    [TestMethod]
    public void Misspelt_literal_is_refused_with_the_readers_explanation()
    {
        Assert.Contains("budgets[0].noGen2, line 1): expected valid JSON (", Refused("""{ "budgets": [ { "benchmark": "A", "noGen2": tru } ] }""").Message);
    }

    [TestMethod]
    public void Flag_that_is_not_a_boolean_is_refused()
    {
        Assert.Contains("budgets[0].noGen2, line 1): expected true or false", Refused("""{ "budgets": [ { "benchmark": "A", "noGen2": "yes" } ] }""").Message);
    }

    [TestMethod]
    public void Pattern_that_is_not_a_string_is_refused()
    {
        Assert.Contains("budgets[0].benchmark, line 1): expected a string", Refused("""{ "budgets": [ { "benchmark": 3, "noGen2": true } ] }""").Message);
    }

    [TestMethod]
    public void Misspelt_member_is_refused_by_name()
    {
        var error = Refused("""{ "budgets": [ { "benchmark": "A", "maxBytesPerOp": 10 } ] }""");

        Assert.Contains("budgets[0]", error.Message);
        Assert.Contains("not \"maxBytesPerOp\"", error.Message);
    }

    [TestMethod]
    public void Misspelt_top_level_member_is_refused_by_name()
    {
        Assert.Contains("expected only a \"budgets\" array at the top level, not \"budget\"", Refused("""{ "budget": [] }""").Message);
    }

    [TestMethod]
    public void Budgets_that_is_not_an_array_is_refused()
    {
        Assert.Contains("budgets, line 1): expected an array of objects", Refused("""{ "budgets": { } }""").Message);
    }

    [TestMethod]
    public void Truncated_json_is_refused_with_its_line()
    {
        var error = Refused("""
            { "budgets": [
              { "benchmark": "A",
            """);

        Assert.StartsWith("ci/budgets.json (", error.Message);
        Assert.Contains(", line 2): expected valid JSON (", error.Message);
        Assert.DoesNotContain("Path:", error.Message);
    }

    [TestMethod]
    public void Missing_file_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"memorybench-{Guid.NewGuid():N}", "budgets.json");

        var error = Assert.ThrowsExactly<InputException>(() => BudgetFile.Read(path));

        Assert.AreEqual($"{path}: expected an existing budgets file, but there is none", error.Message);
    }

    [TestMethod]
    public void Reads_a_file_from_disk()
    {
        var path = Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllText(path, """{ "budgets": [ { "benchmark": "*", "noGen2": true } ] }""");

            Assert.IsTrue(BudgetFile.Read(path).Rules.Single().Budget.NoGen2);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
