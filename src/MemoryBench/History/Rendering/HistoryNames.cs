using MemoryBench.Model;

namespace MemoryBench.History.Rendering;

/// <summary>
/// Benchmark ids as the history's report and page show them: without the namespace when every benchmark shares it (it
/// repeats on every row), keeping the type and the method. The history keeps only ids, so the namespace is taken to be
/// what comes before the last two names ahead of the parameters.
/// </summary>
internal sealed class HistoryNames
{
    private readonly int prefixLength;

    private HistoryNames(int prefixLength) => this.prefixLength = prefixLength;

    public static HistoryNames For(IEnumerable<BenchmarkId> ids)
    {
        string? shared = null;
        foreach (var id in ids)
        {
            var space = Namespace(id.Value);
            if (shared is null)
            {
                shared = space;
            }
            else if (shared != space)
            {
                return new HistoryNames(0);
            }
        }

        return new HistoryNames(shared is { Length: > 0 } ? shared.Length + 1 : 0);
    }

    public string this[BenchmarkId id] => id.Value.Length > prefixLength ? id.Value[prefixLength..] : id.Value;

    private static string Namespace(string id)
    {
        var parameters = id.IndexOf('(', StringComparison.Ordinal);
        var head = parameters < 0 ? id : id[..parameters];
        var method = head.LastIndexOf('.');
        var type = method <= 0 ? -1 : head.LastIndexOf('.', method - 1);
        return type <= 0 ? "" : head[..type];
    }
}
