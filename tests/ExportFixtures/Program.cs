// Regenerates the reader's fixtures: real exports of small benchmark classes, made with a very short job.
//   dotnet run -c Release --project tests/ExportFixtures -- <artifacts folder>
//   dotnet run -c Release --project tests/ExportFixtures -p:FixtureBenchmarkDotNetVersion=0.14.0 -p:TreatWarningsAsErrors=false -- <artifacts folder>
// then copy <artifacts folder>/results/*-report-full*.json into tests/MemoryBench.Tests/Reading/Exports/bdn-<version>/.
// The older version restores with slightly newer dependencies (NuGet warning NU1603), hence the warnings switch.
// 0.13.x cannot be used here: it needs Perfolizer 0.2.1, which the package feed does not have.
using BenchmarkDotNet.Running;
using ExportFixtures.Configuration;

var artifacts = args.Length > 0 ? args[0] : "BenchmarkDotNet.Artifacts";
BenchmarkSwitcher.FromAssembly(typeof(FixturesConfig).Assembly).RunAll(FixturesConfig.Create(artifacts));
