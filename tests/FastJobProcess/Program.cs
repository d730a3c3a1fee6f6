using System.Text.Json;
using FastJobProcess;
using MemoryBench.Testing;

// Usage: FastJobProcess <benchmark>, named as in results/baseline.json without the namespace ("Type.Method(Count=1000)").
// Prints the measurement's figures as one line of JSON. The test that starts it sets the fast job's environment.
// The largest benchmarks take milliseconds a call, tens on a loaded machine: the warm-up's 100 calls need more than 3 s.
var options = new MeasurementOptions { MeasureRetained = false, MaxWarmupTime = TimeSpan.FromSeconds(30) };
using var benchmark = SuiteBenchmark.Create(args[0]);
var measurement = Allocations.Measure(benchmark.Operation, options);
Console.WriteLine(JsonSerializer.Serialize(MeasuredFigures.Of(measurement), MeasuredFiguresJson.Default.MeasuredFigures));
