using System;

namespace Maturity.Batch.Rows;

/// <summary>The CSV spellings of the numbers a scoring thread wrote lately: dimension scores, coverages and gains come
/// from a small set of fractions, so most numbers of a row were spelled before, and reading the spelling back costs
/// far less than formatting the double again. A fixed table, each slot overwritten by the last number hashed to it,
/// so memory is bounded. One per scoring thread and run (the run has one dialect); not thread-safe.</summary>
internal sealed class NumberSpellings
{
    private const int Slots = 1024;
    private readonly long[] _bits = new long[Slots];
    private readonly BatchColumnKind[] _kinds = new BatchColumnKind[Slots];
    private readonly string?[] _text = new string?[Slots];

    public bool TryGet(double value, BatchColumnKind kind, out string text)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var slot = Slot(bits, kind);
        if (_text[slot] is { } known && _bits[slot] == bits && _kinds[slot] == kind)
        {
            text = known;
            return true;
        }

        text = string.Empty;
        return false;
    }

    public void Add(double value, BatchColumnKind kind, ReadOnlySpan<char> text)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var slot = Slot(bits, kind);
        (_bits[slot], _kinds[slot], _text[slot]) = (bits, kind, text.ToString());
    }

    // Fibonacci hashing of the bits: the low bits of a double's mantissa are often all zero.
    private static int Slot(long bits, BatchColumnKind kind) =>
        unchecked((int)((ulong)((bits ^ (long)kind) * (long)0x9E3779B97F4A7C15) >> 54));
}
