using BenchmarkDotNet.Running;
using MemoryBench.Benchmarks.Configuration;

var config = SuiteConfig.Create();
BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(args, config);
