using System.Globalization;
using System.Runtime.CompilerServices;

// The host attaches between the two lines it sends: "ready" tells it the runtime is up and which one it is; the nodes
// are allocated once it answers, and the process stays until its input closes, so the host's session can finish.
var count = int.Parse(args[0], CultureInfo.InvariantCulture);
Console.WriteLine($"ready {Environment.Version}");
_ = Console.ReadLine();
NodeAllocation.Allocate(count);
Console.WriteLine("done");
_ = Console.ReadLine();

internal static class NodeAllocation
{
    // A field keeps each node escaping, so that no JIT can allocate it on the stack.
    private static TracedNode? lastNode;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Allocate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            lastNode = new TracedNode(i);
        }

        GC.KeepAlive(lastNode);
    }
}

internal sealed record TracedNode(long Value);
