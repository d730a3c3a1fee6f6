using System.Collections.Immutable;

namespace MemoryBench.Model;

/// <summary>
/// Builds benchmark ids: <c>{Namespace}.{Type}.{Method}</c>, then <c>({Parameters})</c> when there are
/// parameters or arguments, then <c> [{Job}]</c> only when the same namespace and type ran under more
/// than one job in the input. The job is left out otherwise, so switching the whole run from the fast
/// job to a full job keeps every id.
/// </summary>
public static class BenchmarkIdentity
{
    /// <summary>The id of one benchmark, with or without its job.</summary>
    public static BenchmarkId Of(BenchmarkName name, bool includeJob)
    {
        ArgumentNullException.ThrowIfNull(name);
        var id = name.Namespace.Length == 0
            ? $"{name.Type}.{name.Method}"
            : $"{name.Namespace}.{name.Type}.{name.Method}";
        if (name.Parameters.Length > 0)
        {
            id += $"({name.Parameters})";
        }

        if (includeJob)
        {
            id += $" [{name.Job}]";
        }

        return new BenchmarkId(id);
    }

    /// <summary>
    /// The ids of every benchmark of one input, in the order given: the job is part of an id only for
    /// the types that have results under more than one job id in these names.
    /// </summary>
    internal static ImmutableArray<BenchmarkId> Assign(IReadOnlyList<BenchmarkName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var jobsByType = new Dictionary<(string Namespace, string Type), HashSet<string>>();
        foreach (var name in names)
        {
            var type = (name.Namespace, name.Type);
            if (!jobsByType.TryGetValue(type, out var jobs))
            {
                jobs = new HashSet<string>(StringComparer.Ordinal);
                jobsByType.Add(type, jobs);
            }

            jobs.Add(name.Job);
        }

        var ids = ImmutableArray.CreateBuilder<BenchmarkId>(names.Count);
        foreach (var name in names)
        {
            ids.Add(Of(name, includeJob: jobsByType[(name.Namespace, name.Type)].Count > 1));
        }

        return ids.MoveToImmutable();
    }

    /// <summary>
    /// BenchmarkDotNet's "Parameters" field (<c>Count=10&amp;Text=abc</c>) as ids and names show it
    /// (<c>Count=10, Text=abc</c>).
    /// </summary>
    internal static string ParametersFromBenchmarkDotNet(string parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.Replace("&", ", ", StringComparison.Ordinal);
    }
}
