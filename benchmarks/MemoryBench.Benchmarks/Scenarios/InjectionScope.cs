using System.Globalization;

namespace MemoryBench.Benchmarks.Scenarios;

/// <summary>Which cases an injection variable reaches: none (unset), every case ("1"), or the one case of "Parts=&lt;n&gt;".</summary>
/// <param name="On">Whether the variable asks for the injection at all.</param>
/// <param name="Parts">The one case's number of parts; null for every case.</param>
public readonly record struct InjectionScope(bool On, int? Parts)
{
    private const string PartsPrefix = "Parts=";

    /// <summary>The scope a variable's value sets; any other value than "1" or "Parts=&lt;n&gt;" leaves the injection off.</summary>
    public static InjectionScope Parse(string? value) =>
        value == "1" ? new InjectionScope(true, null)
        : value is not null && value.StartsWith(PartsPrefix, StringComparison.Ordinal) &&
            int.TryParse(value.AsSpan(PartsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var parts) ? new InjectionScope(true, parts)
        : default;

    /// <summary>Whether the case with <paramref name="parts"/> parts gets the injection.</summary>
    public bool Includes(int parts) => On && (Parts is null || Parts == parts);
}
