using System;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>Counter-based random numbers: the same (seed, firm, question, salt) always gives the same draw,
/// whatever the order rows are generated in. Two campaigns share a firm's draws ("common random numbers"),
/// so an answer changes between campaigns only where the firm's maturity moved (or a small per-campaign
/// jitter says so), as a real re-assessment would.</summary>
public static class Stable
{
    /// <summary>SplitMix64 finaliser: a strong 64-bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Hash of several keys.</summary>
    public static ulong Hash(ulong a, ulong b, ulong c = 0, ulong d = 0)
    {
        unchecked
        {
            return Mix(Mix(Mix(Mix(a) ^ b) ^ c) ^ d);
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public static double Uniform(ulong a, ulong b, ulong c = 0, ulong d = 0) => (Hash(a, b, c, d) >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal (Box–Muller on two stable uniforms).</summary>
    public static double Normal(ulong a, ulong b, ulong c, ulong d)
    {
        var u1 = 1.0 - Uniform(a, b, c, d);
        var u2 = Uniform(a, b, c, d ^ 0x5555_5555_5555_5555UL);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>FNV-1a of a string: a stable key for ids (string.GetHashCode is randomised per process).</summary>
    public static ulong Key(string text)
    {
        unchecked
        {
            var h = 14695981039346656037UL;
            foreach (var ch in text)
            {
                h = (h ^ ch) * 1099511628211UL;
            }

            return Mix(h);
        }
    }

    /// <summary>Standard normal from a seeded <see cref="Random"/>.</summary>
    public static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>The logistic function.</summary>
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>The logit of <paramref name="p"/>, clamped away from 0 and 1.</summary>
    public static double Logit(double p)
    {
        p = Math.Clamp(p, 0.001, 0.999);
        return Math.Log(p / (1 - p));
    }
}
