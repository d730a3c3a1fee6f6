namespace MemoryBench.IntegrationTests.Support;

/// <summary>
/// The class's tests measure nothing in the test process (no allocation counted, no heap or collection read here): what
/// they measure runs in processes they start, so they may run beside each other.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class MeasuresOnlyInChildProcessesAttribute : Attribute;
