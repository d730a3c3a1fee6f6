using BenchmarkDotNet.Running;

// Without arguments every benchmark runs; BenchmarkDotNet's own arguments (--filter '*Read*') choose otherwise.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
