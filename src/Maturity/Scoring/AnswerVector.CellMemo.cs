using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>The memo behind <see cref="AnswerVector.TrySetCell"/>.</summary>
public sealed partial class AnswerVector
{
    /// <summary>Each slot's last few accepted cells (<see cref="TrySetCell"/>) and what they set: enough for a
    /// yes/no or a short choice, the common columns, to hit almost always.</summary>
    private sealed class CellMemo
    {
        private const int Ways = 8;
        private readonly string?[] _text;
        private readonly AnswerStatus[] _status;
        private readonly double[] _value;
        private readonly ulong[] _mask;
        private readonly byte[] _next;

        public CellMemo(int slots)
        {
            _text = new string?[slots * Ways];
            _status = new AnswerStatus[slots * Ways];
            _value = new double[slots * Ways];
            _mask = new ulong[slots * Ways];
            _next = new byte[slots];
        }

        public bool TryGet(int slot, string text, out AnswerStatus status, out double value, out ulong mask)
        {
            for (int i = slot * Ways, end = i + Ways; i < end; i++)
            {
                if (ReferenceEquals(_text[i], text) && text is not null)
                {
                    (status, value, mask) = (_status[i], _value[i], _mask[i]);
                    return true;
                }
            }

            (status, value, mask) = (default, 0, 0);
            return false;
        }

        public void Add(int slot, string text, AnswerStatus status, double value, ulong mask)
        {
            var i = (slot * Ways) + _next[slot];
            _next[slot] = (byte)((_next[slot] + 1) % Ways);
            (_text[i], _status[i], _value[i], _mask[i]) = (text, status, value, mask);
        }
    }
}
