using System;
using Maturity.Expressions;

namespace Maturity.Scoring;

/// <summary>The values an in-place what-if overwrites, to put them back afterwards. Its buffers grow to the
/// largest what-if of the rule set and are then reused.</summary>
internal sealed class WhatIfSave
{
    private (AnswerStatus Status, double Value, ulong Mask, double Points, double Ratio)[] _questions = [];
    private (double Score, double Max, bool Counts, int Answered, int Applicable)[] _nodes = [];
    private (double Score, double Max, int Answered, int Applicable) _root;

    public void Capture(ScoreState s, int[] slots, int[] nodes)
    {
        if (_questions.Length < slots.Length)
        {
            Array.Resize(ref _questions, slots.Length);
        }

        if (_nodes.Length < nodes.Length)
        {
            Array.Resize(ref _nodes, nodes.Length);
        }

        for (var i = 0; i < slots.Length; i++)
        {
            var q = slots[i];
            _questions[i] = (s.Status[q], s.Value[q], s.Mask[q], s.QuestionPoints[q], s.QuestionRatio[q]);
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var n = nodes[i];
            _nodes[i] = (s.NodeScore[n], s.NodeMax[n], s.NodeCounts[n], s.NodeAnswered[n], s.NodeApplicable[n]);
        }

        _root = (s.Score, s.Max, s.Answered, s.Applicable);
    }

    public void Restore(ScoreState s, int[] slots, int[] nodes)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var q = slots[i];
            (s.Status[q], s.Value[q], s.Mask[q], s.QuestionPoints[q], s.QuestionRatio[q]) = _questions[i];
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            var n = nodes[i];
            (s.NodeScore[n], s.NodeMax[n], s.NodeCounts[n], s.NodeAnswered[n], s.NodeApplicable[n]) = _nodes[i];
        }

        s.Score = _root.Score;
        s.Max = _root.Max;
        s.Answered = _root.Answered;
        s.Applicable = _root.Applicable;
    }
}
