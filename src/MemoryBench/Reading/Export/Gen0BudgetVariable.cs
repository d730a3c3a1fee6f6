using System.Globalization;

namespace MemoryBench.Reading.Export;

/// <summary>
/// The gen0 budget a job pins through its environment variables, as BenchmarkDotNet shows them in the
/// job's characteristics: <c>EnvironmentVariables=DOTNET_TC_CallCountingDelayMs=0,DOTNET_GCgen0size=0x800000</c>.
/// </summary>
internal static class Gen0BudgetVariable
{
    private const string Characteristic = "EnvironmentVariables=";

    // The runtime reads its configuration from DOTNET_ and, for compatibility, COMPlus_ variables.
    private static readonly string[] Names = ["DOTNET_GCgen0size", "COMPlus_GCgen0size"];

    // The GC ignores a gen0 size below 64 KiB and falls back to its own.
    private const long SmallestHonoured = 64 * 1024;

    /// <summary>The pinned budget in bytes, or null when the job sets none (or one the runtime would ignore).</summary>
    public static long? PinnedBytes(ReadOnlySpan<char> characteristics)
    {
        // Strings, not spans: splitting a span by a separator needs .NET 9, and the net8.0 build reads exports too.
        foreach (var characteristic in characteristics.ToString().Split(", "))
        {
            if (!characteristic.StartsWith(Characteristic, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var variable in characteristic[Characteristic.Length..].Split(','))
            {
                var equals = variable.IndexOf('=');
                if (equals > 0 && IsBudgetName(variable.AsSpan(0, equals)) && Hexadecimal(variable.AsSpan(equals + 1)) is { } bytes)
                {
                    return bytes >= SmallestHonoured ? bytes : null;
                }
            }
        }

        return null;
    }

    private static bool IsBudgetName(ReadOnlySpan<char> name)
    {
        foreach (var known in Names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The runtime reads GC settings as hexadecimal, with or without "0x".
    private static long? Hexadecimal(ReadOnlySpan<char> value)
    {
        var digits = value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;
        return long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
    }
}
