using MemoryBench.Model;

namespace MemoryBench.Budgets;

/// <summary>
/// A glob over benchmark ids: <c>*</c> matches any run of characters, <c>?</c> exactly one; everything
/// else matches itself, ordinally. It matches a benchmark when it matches the whole id or the id's
/// <c>{Namespace}.{Type}.{Method}</c> part, so <c>*.ValueTask*</c> needs no wildcard for parameters or job.
/// </summary>
/// <param name="Text">The pattern as written.</param>
public sealed record BenchmarkPattern(string Text)
{
    /// <summary>Whether the pattern matches the whole id or the name's <c>{Namespace}.{Type}.{Method}</c>.</summary>
    public bool Matches(BenchmarkId id, BenchmarkName name) =>
        IsMatch(Text, id.Value) || IsMatch(Text, MethodPart(name));

    /// <summary>The pattern as written.</summary>
    public override string ToString() => Text;

    /// <summary>The identity without parameters and job; the global namespace adds no leading dot.</summary>
    internal static string MethodPart(BenchmarkName name) =>
        name.Namespace.Length == 0 ? $"{name.Type}.{name.Method}" : $"{name.Namespace}.{name.Type}.{name.Method}";

    /// <summary>
    /// Greedy matching that, on a mismatch, lets the most recent <c>*</c> swallow one more character:
    /// linear in practice and never exponential, unlike a naive recursive or regex translation.
    /// </summary>
    internal static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
