using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>Blanks the answers to questions a row's answers do not ask (their <c>when</c> is false), so every
/// generated row passes <see cref="RuleSet.ValidateAnswers"/> (no MAT074).
///
/// The engine is the only judge of a condition: nothing here evaluates expressions. The robust way is
/// <see cref="ResolveExactly"/>: build the row's answer sheet, validate, drop the answers reported MAT074, repeat
/// until clean. That costs several validations per row, too slow for a million rows, so <see cref="Resolve"/>
/// does the same per conditional question on a much smaller sheet and caches the verdict: whether question q is
/// asked depends only on the answers to the questions its condition names, transitively (its "closure"), so the
/// verdict for q is cached under those answers' cell texts. The cache is exact, not an approximation. A rule set
/// whose conditions name a dimension, a group or <c>score</c> (which depend on every answer), or whose conditions
/// are circular, is always resolved exactly.</summary>
public sealed partial class ConditionGate
{
    private readonly RuleSet _ruleSet;
    private readonly IReadOnlyList<QuestionPlan> _questions;
    private readonly int[][] _closures;
    private readonly Dictionary<string, bool>[] _cache;
    private readonly bool _exactOnly;

    internal ConditionGate(RuleSet ruleSet, IReadOnlyList<QuestionPlan> questions)
    {
        _ruleSet = ruleSet;
        _questions = questions;
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            byId[questions[i].Question.Id] = i;
        }

        var direct = new List<int>[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            direct[i] = [];
            if (questions[i].Question.When is not { } when)
            {
                continue;
            }

            var unquoted = Quoted().Replace(when, " ");
            foreach (Match m in Identifier().Matches(unquoted))
            {
                var name = m.Value;
                if (byId.TryGetValue(name, out var j))
                {
                    direct[i].Add(j);
                }
                else if (name == "score" || ruleSet.FindNode(name) is not null)
                {
                    _exactOnly = true;
                }
            }
        }

        _closures = new int[questions.Count][];
        _cache = new Dictionary<string, bool>[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            var seen = new SortedSet<int>();
            var stack = new Stack<int>(direct[i]);
            while (stack.Count > 0)
            {
                var j = stack.Pop();
                if (seen.Add(j))
                {
                    foreach (var k in direct[j])
                    {
                        stack.Push(k);
                    }
                }
            }

            _exactOnly |= seen.Contains(i);
            _closures[i] = seen.ToArray();
            _cache[i] = new Dictionary<string, bool>(StringComparer.Ordinal);
        }
    }

    /// <summary>Engine validations run so far (cache misses cost one or more; the exact path several per row).</summary>
    public long Probes { get; private set; }

    /// <summary>Blanks the cells (indexed like the plan's questions) of questions that are not asked.</summary>
    public void Resolve(string[] cells)
    {
        if (_exactOnly)
        {
            ResolveExactly(cells);
            return;
        }

        Span<bool> hidden = stackalloc bool[cells.Length];
        var key = new StringBuilder();
        for (var i = 0; i < _questions.Count; i++)
        {
            if (_questions[i].Question.When is null || cells[i].Length == 0)
            {
                continue;
            }

            key.Clear();
            foreach (var j in _closures[i])
            {
                key.Append(cells[j]).Append('\u001f');
            }

            var k = key.ToString();
            if (!_cache[i].TryGetValue(k, out var h))
            {
                h = Probe(i, cells);
                _cache[i][k] = h;
            }

            hidden[i] = h;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (hidden[i])
            {
                cells[i] = string.Empty;
            }
        }
    }

    /// <summary>The reference method: validate the whole row with the engine, drop the answers reported MAT074
    /// (answer to a question not asked), and repeat until the row is clean.</summary>
    public void ResolveExactly(string[] cells)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length > 0)
            {
                answers[_questions[i].Question.Id] = Parse(_questions[i].Question, cells[i]);
            }
        }

        DropHidden(answers);
        for (var i = 0; i < cells.Length; i++)
        {
            if (!answers.ContainsKey(_questions[i].Question.Id))
            {
                cells[i] = string.Empty;
            }
        }
    }

    private bool Probe(int i, string[] cells)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var j in _closures[i])
        {
            if (cells[j].Length > 0)
            {
                answers[_questions[j].Question.Id] = Parse(_questions[j].Question, cells[j]);
            }
        }

        var q = _questions[i].Question;
        answers[q.Id] = Parse(q, cells[i]);
        DropHidden(answers);
        return !answers.ContainsKey(q.Id);
    }

    private void DropHidden(Dictionary<string, Answer> answers)
    {
        for (var round = 0; ; round++)
        {
            var builder = AnswerSheet.For(new CompanyInfo("probe"));
            foreach (var (id, answer) in answers)
            {
                builder.Set(id, answer);
            }

            var dropped = 0;
            Probes++;
            foreach (var d in _ruleSet.ValidateAnswers(builder.Build()))
            {
                if (d.Code != DiagnosticCodes.AnswerToHiddenQuestion)
                {
                    throw new InvalidOperationException("generator bug: a generated answer is invalid: " + d);
                }

                // "question 'x' is not asked for these answers …"
                var start = d.Message.IndexOf('\'', StringComparison.Ordinal) + 1;
                var end = d.Message.IndexOf('\'', start);
                var id = start > 0 && end > start ? d.Message.Substring(start, end - start) : null;
                if (id is null || !answers.Remove(id))
                {
                    throw new InvalidOperationException("cannot tell which question MAT074 names: " + d);
                }

                dropped++;
            }

            if (dropped == 0)
            {
                return;
            }

            if (round > answers.Count + 1)
            {
                throw new InvalidOperationException("conditions do not settle for rule set " + _ruleSet.Id);
            }
        }
    }

    private static Answer Parse(Question q, string cell) =>
        AnswerCell.TryParse(q, cell, SourceLocation.FileOnly("<generated>"), out var a, out var problem) && a is not null
            ? a
            : throw new InvalidOperationException("generator bug: '" + cell + "' is not an answer to " + q.Id + ": " + problem);

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
