using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>Answers bound to question slots: what the engine reads. Built once per assessment from an
/// answer sheet; a what-if copies it and changes a few slots.</summary>
internal sealed class AnswerInput
{
    public AnswerInput(int count)
    {
        Status = new AnswerStatus[count];
        Value = new double[count];
        Mask = new ulong[count];
    }

    public AnswerStatus[] Status { get; }

    /// <summary>Boolean 0/1, number, or option index.</summary>
    public double[] Value { get; }

    public ulong[] Mask { get; }

    /// <summary>Back to "nothing answered", so a per-thread input can be reused.</summary>
    public void Clear()
    {
        System.Array.Clear(Status, 0, Status.Length);
        System.Array.Clear(Value, 0, Value.Length);
        System.Array.Clear(Mask, 0, Mask.Length);
    }
}
