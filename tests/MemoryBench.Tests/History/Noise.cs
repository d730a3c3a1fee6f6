namespace MemoryBench.Tests.History;

/// <summary>Kinds of noise a figure of unchanged code shows from run to run, for series without a change.</summary>
internal static class Noise
{
    /// <summary>Anywhere within ±<paramref name="width"/>, evenly; whole bytes when <paramref name="rounded"/>.</summary>
    public static Func<Random, double> Uniform(double width, bool rounded) =>
        random => rounded ? Math.Round(((random.NextDouble() * 2) - 1) * width) : ((random.NextDouble() * 2) - 1) * width;

    /// <summary>Normal with this standard deviation (Box-Muller).</summary>
    public static Func<Random, double> Normal(double deviation) =>
        random => deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Student's t with 3 degrees of freedom, scaled: mostly small, now and then far out.</summary>
    public static Func<Random, double> HeavyTailed(double scale)
    {
        var normal = Normal(1);
        return random =>
        {
            var z = normal(random);
            var chiSquared = Enumerable.Range(0, 3).Sum(_ => Math.Pow(normal(random), 2));
            return scale * z / Math.Sqrt(chiSquared / 3);
        };
    }

    /// <summary>Exactly steady, but one run in <paramref name="everyOneIn"/> reads <paramref name="size"/> higher.</summary>
    public static Func<Random, double> RareOutliers(int everyOneIn, double size) =>
        random => random.Next(everyOneIn) == 0 ? size : 0;
}
