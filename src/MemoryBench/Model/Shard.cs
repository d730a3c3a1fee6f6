using System.Globalization;

namespace MemoryBench.Model;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of the selected benchmarks (1-based <see cref="Index"/>).
/// Benchmarks are ordered by full name and dealt round-robin, so every runner computes the same
/// split without talking to the others, and neighbouring cases of one type land on different shards.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All => new(1, 1);

    /// <summary>Parses "i/n"; returns null and an error message when the text is not a shard.</summary>
    public static Shard? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        error = $"--shard expects i/n with 1 <= i <= n (for example 1/2), got '{text}'";
        return null;
    }

    /// <summary>The names of <paramref name="allNames"/> that belong to this shard.</summary>
    public IReadOnlySet<string> Select(IEnumerable<string> allNames)
    {
        var (index, count) = (Index, Count);
        return allNames
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Where((_, position) => position % count == index - 1)
            .ToHashSet(StringComparer.Ordinal);
    }

    public override string ToString() => $"{Index}/{Count}";
}
