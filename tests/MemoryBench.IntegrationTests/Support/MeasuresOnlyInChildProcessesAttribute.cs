namespace MemoryBench.IntegrationTests.Support;

/// <summary>
/// The class's tests measure nothing in the test process (no allocation counted, no heap or collection read here): what
/// they measure runs in processes they start, each with the GC settings it needs, so they may run beside each other,
/// and the test host's own GC settings do not reach their figures. Their test category is <see cref="Category"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class MeasuresOnlyInChildProcessesAttribute : TestCategoryBaseAttribute
{
    public const string Category = "MeasuresOnlyInChildProcesses";

    public override IList<string> TestCategories { get; } = [Category];
}
