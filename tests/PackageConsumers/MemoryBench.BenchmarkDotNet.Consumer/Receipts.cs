using System.Globalization;
using System.Text;

namespace Consumer;

/// <summary>
/// A user's benchmark that allocates many types (strings of several lengths, the builder's chunks, boxed values
/// formatted into the text, a list): under CONSUMER_INJECT_EXTRA_OBJECT=1 it allocates one <see cref="AuditEntry"/>
/// more per call, which "What grew" must name alone among them.
/// </summary>
public partial class Receipts
{
    private readonly List<(string Name, int Quantity, decimal Price)> lines = [];
    private AuditEntry? last;

    [BenchmarkDotNet.Attributes.GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < 6; i++)
        {
            lines.Add(($"item-{i}", i + 1, 1.25m * (i + 1)));
        }
    }

    [BenchmarkDotNet.Attributes.Benchmark]
    public string Format()
    {
        var text = new StringBuilder();
        var taxed = new List<decimal>();
        foreach (var (name, quantity, price) in lines)
        {
            taxed.Add(price * 1.2m);
            text.AppendFormat(CultureInfo.InvariantCulture, "{0} x{1} {2:0.00} {3}\n", name, quantity, price, DateTime.UnixEpoch);
        }

        var receipt = text.ToString();
        if (Injected.ExtraObject)
        {
            last = new AuditEntry(taxed.Count);
            Injected.KeepWhenLeaking(last);
        }

        return receipt;
    }
}
