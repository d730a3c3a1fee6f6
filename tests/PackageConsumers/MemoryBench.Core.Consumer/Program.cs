using MemoryBench;
using MemoryBench.Budgets;
using MemoryBench.Comparison;
using MemoryBench.Reading;
using MemoryBench.Report;

// A user's own comparison, written against the core package's public surface only:
//   baseline EXPORT OUT.json   makes a baseline from a BenchmarkDotNet export (file or folder) and saves it
//   compare BASELINE EXPORT    compares the export with the baseline, prints the report and the verdicts JSON
try
{
    switch (args)
    {
        case ["baseline", var export, var output]:
            BaselineStore.Write(output, BaselineUpdate.FromRun(BenchmarkDotNetReader.Read(export), allowFailed: false));
            Console.WriteLine($"wrote {output}");
            return ExitCodes.Success;
        case ["compare", var baselinePath, var export]:
            var result = Comparer.Compare(
                BaselineStore.Read(baselinePath), BenchmarkDotNetReader.Read(export), BudgetSet.Empty, Thresholds.Default);
            Console.WriteLine(MarkdownReport.Render(result, new ReportOptions { Title = "Consumer", Charts = false }));
            Console.WriteLine(VerdictJson.Write(result));
            return ExitCodes.Of(result);
        default:
            Console.Error.WriteLine("usage: MemoryBench.Core.Consumer baseline EXPORT OUT.json | compare BASELINE EXPORT");
            return ExitCodes.BadInput;
    }
}
catch (InputException error)
{
    Console.Error.WriteLine(error.Message);
    return ExitCodes.BadInput;
}
