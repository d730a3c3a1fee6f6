using System.Globalization;
using System.Runtime.CompilerServices;

// Usage: Gen0BudgetProbe <bytes per call> <calls> <calls whose result stays alive>
// Prints the bytes allocated per gen0 collection over the calls after a warm-up, as a whole number.
var size = int.Parse(args[0], CultureInfo.InvariantCulture);
var calls = int.Parse(args[1], CultureInfo.InvariantCulture);
var kept = new byte[Math.Max(1, int.Parse(args[2], CultureInfo.InvariantCulture))][];

for (var i = 0; i < calls / 10; i++)
{
    Call(size, kept, i);
}

var collections = GC.CollectionCount(0);
var allocated = GC.GetTotalAllocatedBytes(precise: true);
for (var i = 0; i < calls; i++)
{
    Call(size, kept, i);
}

var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
Console.WriteLine((bytes / Math.Max(1, GC.CollectionCount(0) - collections)).ToString(CultureInfo.InvariantCulture));

// Keeping the newest results alive makes them survive gen0 collections, which lets the GC grow an
// unpinned budget.
[MethodImpl(MethodImplOptions.NoInlining)]
static void Call(int size, byte[][] kept, int call) => kept[call % kept.Length] = new byte[size];
