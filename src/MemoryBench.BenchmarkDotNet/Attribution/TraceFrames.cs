using System.Collections.Immutable;
using Microsoft.Diagnostics.Symbols;
using Microsoft.Diagnostics.Tracing.Etlx;

namespace MemoryBench.BenchmarkDotNet;

/// <summary>
/// Names the frames of a trace's managed call stacks, with the source file and line where the module's PDB lies next to
/// it ("Shop.Cart.Total() in Shop/Cart.cs:42"); framework frames, whose PDBs are not on the machine, keep the method's
/// name alone.
/// </summary>
/// <remarks>
/// The line comes from the IL-to-native maps the rundown writes for every compiled method and the module's portable
/// PDB. Symbols are looked up only in the folders the trace's own modules were loaded from, never on a symbol server:
/// the gate runs offline and must not wait on the network.
/// </remarks>
internal sealed class TraceFrames : IDisposable
{
    /// <summary>How many frames of each stack are kept: enough to reach the benchmark method from an allocation in a library.</summary>
    public const int MaxFrames = 24;

    private readonly TraceLog log;
    private readonly SymbolReader symbols;
    private readonly Dictionary<CodeAddressIndex, string?> names = [];

    public TraceFrames(TraceLog log)
    {
        this.log = log;
        var folders = log.ModuleFiles
            .Select(module => Path.GetDirectoryName(module.FilePath))
            .Where(folder => !string.IsNullOrEmpty(folder) && Directory.Exists(folder))
            .Distinct(StringComparer.Ordinal);
        symbols = new SymbolReader(TextWriter.Null, string.Join(';', folders))
        {
            // The PDBs are the benchmark's own build output, not downloaded files to be wary of.
            SecurityCheck = _ => true,
            Options = SymbolReaderOptions.CacheOnly,
        };
    }

    /// <summary>The stack's frames, innermost first, at most <see cref="MaxFrames"/>; frames without a method name are left out.</summary>
    public ImmutableArray<string> Of(TraceCallStack? stack)
    {
        var frames = ImmutableArray.CreateBuilder<string>();
        for (var frame = stack; frame is not null && frames.Count < MaxFrames; frame = frame.Caller)
        {
            if (NameOf(frame.CodeAddress) is { } name)
            {
                frames.Add(name);
            }
        }

        return frames.ToImmutable();
    }

    public void Dispose() => symbols.Dispose();

    private string? NameOf(TraceCodeAddress address)
    {
        if (!names.TryGetValue(address.CodeAddressIndex, out var name))
        {
            var method = address.FullMethodName;
            name = string.IsNullOrEmpty(method) ? null : method + LocationOf(address);
            names.Add(address.CodeAddressIndex, name);
        }

        return name;
    }

    private string LocationOf(TraceCodeAddress address)
    {
        var line = log.CodeAddresses.GetSourceLine(symbols, address.CodeAddressIndex);
        return line?.SourceFile?.BuildTimeFilePath is { Length: > 0 } path && line.LineNumber > 0
            ? $" in {SourcePath.Shorten(path)}:{line.LineNumber}"
            : "";
    }
}
