using MemoryBench.Cli.Commands;

return MemoryBenchCommandLine.Invoke(args, Console.Out, Console.Error, CommandEnvironment.OfThisProcess());
