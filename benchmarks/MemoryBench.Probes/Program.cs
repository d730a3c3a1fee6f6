using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Benchmarks.Harness;
using MemoryBench.Probes;
using MemoryBench.Probes.Lumps;

// The probes run under the suite's configuration (fast job, Retained/op, MemoryBench's full JSON export).
[assembly: MemoryBenchConfig]

// Usage: MemoryBench.Probes retained [runs] [suite]: each probe (or each suite benchmark) measured that many times here.
if (args is ["retained", ..])
{
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
    RetainedProbes.Run(args is [_, _, "suite"] ? SuiteCatalog.Types : [typeof(GrowingCollections), typeof(OneTimeGrowth)], runs);
    return 0;
}

// Otherwise BenchmarkDotNet's command line.
BenchmarkSwitcher.FromAssembly(typeof(RetainedProbes).Assembly).Run(args, DefaultConfig.Instance.WithArtifactsPath("results/probes"));
return 0;
