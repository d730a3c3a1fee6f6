using System.Text.Json;

namespace MemoryBench.Tests.Reading;

/// <summary>
/// What MemoryBench's own readers keep to against the serializer's reading, the reference: the same document, or none
/// (the file then goes to the serializer), and never a document where the serializer refuses the input.
/// </summary>
internal static class SerializerAgreement
{
    /// <param name="ours">What MemoryBench's reader read, or null when it left the input to the serializer.</param>
    /// <param name="serializer">The serializer's reading of the same input.</param>
    /// <param name="input">The input, for the failure message.</param>
    /// <returns>Whether MemoryBench's reader read a document (then the serializer's own).</returns>
    public static bool Holds(object? ours, Func<object?> serializer, string input)
    {
        string expected;
        try
        {
            expected = DocumentText.Of(serializer());
        }
        catch (JsonException)
        {
            Assert.IsNull(ours, $"{input}: read a document the serializer refuses");
            return false;
        }

        if (ours is null)
        {
            return false;
        }

        Assert.AreEqual(expected, DocumentText.Of(ours), input);
        return true;
    }
}
