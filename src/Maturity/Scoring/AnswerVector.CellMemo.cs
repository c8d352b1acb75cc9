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
        private readonly double[] _points;
        private readonly double[] _ratio;
        private readonly byte[] _next;

        public CellMemo(int slots)
        {
            _text = new string?[slots * Ways];
            _status = new AnswerStatus[slots * Ways];
            _value = new double[slots * Ways];
            _mask = new ulong[slots * Ways];
            _points = new double[slots * Ways];
            _ratio = new double[slots * Ways];
            _next = new byte[slots];
        }

        /// <summary>Sets the slot as <paramref name="text"/> set it last time, if it is one of the slot's remembered cells.</summary>
        public bool TryGet(int slot, string text, AnswerInput input)
        {
            for (int i = slot * Ways, end = i + Ways; i < end; i++)
            {
                if (ReferenceEquals(_text[i], text) && text is not null)
                {
                    input.Restore(slot, _status[i], _value[i], _mask[i], _points[i], _ratio[i]);
                    return true;
                }
            }

            return false;
        }

        /// <summary>Remembers what <paramref name="text"/> set in the slot.</summary>
        public void Add(int slot, string text, AnswerInput input)
        {
            var i = (slot * Ways) + _next[slot];
            _next[slot] = (byte)((_next[slot] + 1) % Ways);
            (_text[i], _status[i], _value[i], _mask[i], _points[i], _ratio[i]) = (text, input.Status[slot], input.Value[slot], input.Mask[slot], input.Points[slot], input.Ratio[slot]);
        }
    }
}
