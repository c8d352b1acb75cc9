using System;
using System.Runtime.CompilerServices;
using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>Answers bound to question slots: what the engine reads. Filled once per assessment from an answer
/// sheet, or by a host through an <see cref="AnswerVector"/>. Every write goes through the methods below, which
/// also work out the answer's points: once per answer set, instead of once per evaluation that reads it.</summary>
internal sealed class AnswerInput
{
    private readonly ScoringPlan _plan;
    private readonly int[] _optionStart;
    private readonly double[] _optionPoints;
    private readonly double[] _optionRatio;
    private readonly double[] _maxPoints;
    private readonly bool _keepsRatios;

    public AnswerInput(ScoringPlan plan)
    {
        _plan = plan;
        _optionStart = plan.OptionStart;
        _optionPoints = plan.OptionPoints;
        _optionRatio = plan.OptionRatio;
        _maxPoints = plan.MaxPoints;
        _keepsRatios = plan.KeepsQuestionRatios;
        var count = plan.Questions.Length;
        Status = new AnswerStatus[count];
        Value = new double[count];
        Mask = new ulong[count];
        Points = new double[count];
        Ratio = new double[count];
        Codes = new byte[count];
    }

    public AnswerStatus[] Status { get; }

    /// <summary>Boolean 0/1, number, or option index.</summary>
    public double[] Value { get; }

    public ulong[] Mask { get; }

    /// <summary>The points of an answered question, before weights (docs/scoring.md); 0 for any other status.</summary>
    public double[] Points { get; }

    /// <summary>Points over the question's maximum (<see cref="Aggregator.Ratio"/>), what a normalised mean averages;
    /// kept on the normalised scale only, like <see cref="ScoreState.QuestionRatio"/>.</summary>
    public double[] Ratio { get; }

    /// <summary>Each answer's code in a result's record (<see cref="AnswerRecord"/>), kept as it is set so that a
    /// result copies the codes instead of encoding every answer (a question whose value takes 64 bits is marked by
    /// <see cref="AnswerRecord.Capture"/>).</summary>
    public byte[] Codes { get; }

    /// <summary>Answers a yes/no question (0 or 1) or a choice question (the option's index): a table lookup.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the common answer, set per cell or per bound answer
    public void SetOption(int slot, int option)
    {
        // No mask: only a multiple choice has one, and only SetAnswer writes it.
        Status[slot] = AnswerStatus.Answered;
        Value[slot] = option;
        var i = unchecked(_optionStart[slot] + option);
        Points[slot] = _optionPoints[i];
        Codes[slot] = AnswerRecord.OptionCode(option);
        if (_keepsRatios)
        {
            Ratio[slot] = _optionRatio[i];
        }
    }

    /// <summary>Answers any question with its value (number or option index) and its ticked options.</summary>
    public void SetAnswer(int slot, double value, ulong mask)
    {
        Status[slot] = AnswerStatus.Answered;
        Value[slot] = value;
        Mask[slot] = mask;
        Codes[slot] = AnswerRecord.AnsweredCode(value);
        var points = ScoringEngine.Points(_plan, slot, value, mask);
        Points[slot] = points;
        if (_keepsRatios)
        {
            Ratio[slot] = Aggregator.Ratio(_maxPoints[slot], points);
        }
    }

    /// <summary>Puts back a slot's values exactly as an earlier write left them (a cell memo's hit).</summary>
    public void Restore(int slot, AnswerStatus status, double value, ulong mask, double points, double ratio)
    {
        Status[slot] = status;
        Value[slot] = value;
        Mask[slot] = mask;
        Points[slot] = points;
        Ratio[slot] = ratio;
        Codes[slot] = status == AnswerStatus.Answered ? AnswerRecord.AnsweredCode(value) : AnswerRecord.EmptyCode(status);
    }

    public void SetNotApplicable(int slot) => SetEmpty(slot, AnswerStatus.NotApplicable);

    public void Unset(int slot) => SetEmpty(slot, AnswerStatus.Unanswered);

    /// <summary>Back to "nothing answered", so a per-thread input can be reused.</summary>
    public void Clear()
    {
        Status.AsSpan().Clear();
        Value.AsSpan().Clear();
        Mask.AsSpan().Clear();
        Points.AsSpan().Clear();
        Ratio.AsSpan().Clear();
        Codes.AsSpan().Clear();
    }

    private void SetEmpty(int slot, AnswerStatus status)
    {
        Status[slot] = status;
        Value[slot] = 0;
        Mask[slot] = 0;
        Points[slot] = 0;
        Ratio[slot] = 0;
        Codes[slot] = AnswerRecord.EmptyCode(status);
    }
}
