using System.Reflection;
using MemoryBench.BenchmarkDotNet;

namespace MemoryBench.Tests.Budgets;

[TestClass]
public sealed class MemoryBudgetAttributeTests
{
    [MemoryBudget(MaxBytesPerOperation = 64, NoGen2 = true, RetainsNothing = true)]
    private static void Budgeted()
    {
    }

    [TestMethod]
    public void Goes_on_methods_only()
    {
        var usage = typeof(MemoryBudgetAttribute).GetCustomAttribute<AttributeUsageAttribute>();

        Assert.AreEqual(AttributeTargets.Method, usage?.ValidOn);
    }

    [TestMethod]
    public void Has_no_byte_limit_unless_given()
    {
        Assert.AreEqual(-1L, new MemoryBudgetAttribute().MaxBytesPerOperation);
        Assert.IsFalse(new MemoryBudgetAttribute().NoGen2);
        Assert.IsFalse(new MemoryBudgetAttribute().RetainsNothing);
    }

    [TestMethod]
    public void Is_read_from_the_method_as_declared()
    {
        var budget = ((Action)Budgeted).Method.GetCustomAttribute<MemoryBudgetAttribute>();

        Assert.AreEqual(64L, budget?.MaxBytesPerOperation);
        Assert.IsTrue(budget?.NoGen2);
        Assert.IsTrue(budget?.RetainsNothing);
    }
}
