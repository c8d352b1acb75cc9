using System;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The question states and answered values an assessment keeps: one byte per question, which holds
/// the value itself for a yes/no or choice question (most of any rule set), and a 64-bit word per other
/// answered question (numbers, a multiple choice's mask). Enough to rebuild the engine's state exactly,
/// which is how a result computes its per-node details on demand instead of copying them eagerly.</summary>
internal readonly struct AnswerRecord
{
    // Codes: the states below, or FirstNarrowValue + the answered value (0/1, option index).
    private const byte Unanswered = 0;
    private const byte NotApplicable = 1;
    private const byte NotAsked = 2;
    private const byte AnsweredWide = 3;
    private const byte FirstNarrowValue = 4;

    /// <summary>The largest value a question may have to be kept in its code byte.</summary>
    public const int MaxNarrowValue = byte.MaxValue - FirstNarrowValue;

    private readonly byte[] _codes;
    private readonly long[] _wide;

    private AnswerRecord(byte[] codes, long[] wide)
    {
        _codes = codes;
        _wide = wide;
    }

    public int Count => _codes.Length;

    /// <summary>The effective answers of an evaluation of <paramref name="input"/>: the codes the input kept as its
    /// answers were set, with "not asked" where a <c>when</c> hid the question in <paramref name="state"/>.</summary>
    public static AnswerRecord Capture(ScoringPlan plan, AnswerInput input, ScoreState state)
    {
        var codes = input.Codes.AsSpan().ToArray();
        var status = state.Status;
        foreach (var q in plan.WhenOrder)
        {
            if (status[q] == AnswerStatus.Hidden)
            {
                codes[q] = NotAsked;
            }
        }

        var slots = plan.WideSlots;
        var wide = slots.Length == 0 ? Array.Empty<long>() : new long[slots.Length];
        for (var w = 0; w < slots.Length; w++)
        {
            var q = slots[w];
            if (status[q] == AnswerStatus.Answered)
            {
                codes[q] = AnsweredWide; // whatever the input's code: AnsweredCode does not tell wide questions apart
                wide[w] = plan.Types[q] == QuestionType.Multi ? unchecked((long)input.Mask[q]) : BitConverter.DoubleToInt64Bits(input.Value[q]);
            }
        }

        return new AnswerRecord(codes, wide);
    }

    /// <summary>The code of an answered question: its value itself. It is the record's code for a yes/no or choice
    /// question that fits a byte (see <see cref="ScoringPlan.WideIndex"/>); <see cref="Capture"/> marks every other
    /// answered question wide, so what this gives them is never read.</summary>
    public static byte AnsweredCode(double value) => OptionCode(unchecked((int)value));

    /// <summary>The code of a question without a value: not applicable, or not answered.</summary>
    public static byte EmptyCode(AnswerStatus status) => status == AnswerStatus.NotApplicable ? NotApplicable : Unanswered;

    /// <summary><see cref="AnsweredCode"/> of a yes/no or choice answer, with no table or test, so that setting the
    /// commonest answers costs one more store.</summary>
    public static byte OptionCode(int option) => unchecked((byte)(FirstNarrowValue + option));

    public AnswerState StateOf(int q) => _codes[q] switch
    {
        Unanswered => AnswerState.Unanswered,
        NotApplicable => AnswerState.NotApplicable,
        NotAsked => AnswerState.NotAsked,
        _ => AnswerState.Answered,
    };

    /// <summary>An answered question's value (boolean 0/1, option index, number); 0 for a multiple choice or when not answered.</summary>
    public double ValueOf(ScoringPlan plan, int q)
    {
        var code = _codes[q];
        if (code >= FirstNarrowValue)
        {
            return code - FirstNarrowValue;
        }

        return code == AnsweredWide && plan.Types[q] != QuestionType.Multi ? BitConverter.Int64BitsToDouble(_wide[plan.WideIndex[q]]) : 0;
    }

    /// <summary>An answered multiple choice's ticked options, one bit per option; 0 otherwise.</summary>
    public ulong MaskOf(ScoringPlan plan, int q) =>
        _codes[q] == AnsweredWide && plan.Types[q] == QuestionType.Multi ? unchecked((ulong)_wide[plan.WideIndex[q]]) : 0;

    /// <summary>Puts the recorded answers back into <paramref name="state"/>, as the evaluation left them.</summary>
    public void Restore(ScoringPlan plan, ScoreState state)
    {
        for (var q = 0; q < _codes.Length; q++)
        {
            state.Status[q] = _codes[q] switch
            {
                Unanswered => AnswerStatus.Unanswered,
                NotApplicable => AnswerStatus.NotApplicable,
                NotAsked => AnswerStatus.Hidden,
                _ => AnswerStatus.Answered,
            };
            state.Value[q] = ValueOf(plan, q);
            state.Mask[q] = MaskOf(plan, q);
        }
    }
}
