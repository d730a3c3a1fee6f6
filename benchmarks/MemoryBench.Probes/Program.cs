using System.Globalization;
using BenchmarkDotNet.Running;
using MemoryBench.BenchmarkDotNet;
using MemoryBench.Benchmarks.Harness;
using MemoryBench.Probes;
using MemoryBench.Probes.Lumps;

// Usage: MemoryBench.Probes retained [runs] [suite]: each probe (or each suite benchmark) measured that many times here.
if (args is ["retained", ..])
{
    var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
    RetainedProbes.Run(args is [_, _, "suite"] ? SuiteCatalog.Types : [typeof(GrowingCollections), typeof(OneTimeGrowth)], runs);
    return 0;
}

// Otherwise BenchmarkDotNet's command line, under the suite's configuration (fast job, Retained/op, full JSON export).
BenchmarkSwitcher.FromAssembly(typeof(RetainedProbes).Assembly).Run(args, SuiteConfig.Create("results/probes", args));
return 0;
