namespace MemoryBench.Cli.Running;

/// <summary>Whether the gate adds BenchmarkDotNet's <c>--memory --exporters json</c> to the run.</summary>
internal enum MemoryArguments
{
    /// <summary>Add them unless the project references MemoryBench.BenchmarkDotNet, whose config has both.</summary>
    Auto,

    /// <summary>Always add them.</summary>
    Add,

    /// <summary>Never: the project's own config measures memory and exports full JSON.</summary>
    None,
}
