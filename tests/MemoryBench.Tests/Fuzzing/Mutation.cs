namespace MemoryBench.Tests.Fuzzing;

/// <summary>What to do to a real input file: which file, which change, where, with what.</summary>
/// <param name="Seed">Index into <see cref="SeedInputs.All"/>.</param>
/// <param name="Kind">The change.</param>
/// <param name="Target">Which node, property, array or byte, modulo how many there are.</param>
/// <param name="Value">Which hostile value, modulo how many there are.</param>
/// <param name="Command">Which command reads it, modulo how many apply to the seed's kind.</param>
internal sealed record Mutation(int Seed, MutationKind Kind, int Target, int Value, int Command)
{
    public override string ToString() => $"{SeedInputs.All[Seed].Name}: {Kind} at {Target}, value {Value}, command {Command}";
}

internal enum MutationKind
{
    /// <summary>The file cut off at a byte, as a crashed run or a broken download leaves it.</summary>
    Truncate,

    /// <summary>A JSON value replaced by another type or an extreme number.</summary>
    ReplaceValue,

    /// <summary>A member left out.</summary>
    RemoveMember,

    /// <summary>A member written twice, the second time with another value.</summary>
    DuplicateMember,

    /// <summary>A null or hostile value added to a list.</summary>
    AddToList,

    /// <summary>A UTF-8 byte order mark in front.</summary>
    ByteOrderMark,

    /// <summary>The whole file re-encoded as UTF-16.</summary>
    Utf16,

    /// <summary>One byte replaced by one that is not UTF-8 (or not JSON).</summary>
    CorruptByte,
}
