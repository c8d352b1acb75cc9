using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Internal;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>One firm's answers held by slot (see <see cref="AnswerLayout"/>): the pre-bound form of an
/// <see cref="AnswerSheet"/>. Fill it, assess it, <see cref="Clear"/> it, fill it for the next firm: no
/// lookups and no allocation per answer. Values are checked as they are set, with the same rules and
/// messages as an answer sheet: a value the question does not accept (out of range, unknown option, 'n/a'
/// where not allowed) leaves the slot unanswered and is kept as a problem, which a strict assessment
/// reports like the sheet's. Setting a slot with the wrong type of value is a programming error and throws.
/// Not thread-safe: one vector per thread.</summary>
public sealed partial class AnswerVector
{
    /// <summary>Where a vector's problems are reported: it has no file, like a sheet built in code.</summary>
    internal static readonly SourceLocation Location = SourceLocation.FileOnly("<answers>");

    private readonly Question[] _questions;
    private readonly QuestionType[] _types;
    private List<(int Slot, Diagnostic Problem)>? _problems;
    private CellMemo? _cells;

    internal AnswerVector(AnswerLayout layout)
    {
        Layout = layout;
        _questions = layout.RuleSet.Plan.Questions;
        _types = layout.RuleSet.Plan.Types;
        Input = new AnswerInput(layout.RuleSet.Plan);
    }

    /// <summary>The layout (and so the rule set) this vector is for.</summary>
    public AnswerLayout Layout { get; }

    /// <summary>True when a value set since the last <see cref="Clear"/> was refused.</summary>
    public bool HasProblems => _problems is { Count: > 0 };

    /// <summary>The refused values, as the diagnostics an answer sheet with the same values gets.</summary>
    public IReadOnlyList<Diagnostic> Problems
    {
        get
        {
            var list = new List<Diagnostic>();
            if (_problems is not null)
            {
                foreach (var p in _problems)
                {
                    list.Add(p.Problem);
                }
            }

            return list;
        }
    }

    internal AnswerInput Input { get; }

    /// <summary>Answers a yes/no question.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a host fills yes/no answers in its own loop: a call each cost as much as the write
    public void SetBoolean(int slot, bool value)
    {
        // The type from the plan's flat table, the question object only to say what is wrong: the common case of a host filling slots.
        if ((uint)slot >= (uint)_types.Length || _types[slot] != QuestionType.Boolean)
        {
            Expect(slot, QuestionType.Boolean);
        }

        Forget(slot);
        Input.SetOption(slot, value ? 1 : 0);
    }

    /// <summary>Answers a number, percent or scale question; a value outside its range (or a fractional
    /// scale value) is refused as a problem.</summary>
    public void SetNumber(int slot, double value)
    {
        var q = Expect(slot, QuestionType.Number);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An answer must be a finite number.");
        }

        value += 0.0; // -0 is 0, as for a sheet
        if (AnswerBinder.NumberProblem(q, value) is { } problem)
        {
            Refuse(slot, DiagnosticCodes.AnswerOutOfRange, problem);
            return;
        }

        Forget(slot);
        Input.SetAnswer(slot, value, 0);
    }

    /// <summary>Answers a choice question with the option at <paramref name="option"/> (see <see cref="AnswerLayout.OptionOf"/>).</summary>
    public void SetChoice(int slot, int option)
    {
        var q = Expect(slot, QuestionType.Choice);
        if ((uint)option >= (uint)q.Options.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(option), option, "question '" + q.Id + "' has " + q.Options.Count + " options");
        }

        Forget(slot);
        Input.SetOption(slot, option);
    }

    /// <summary>Answers a choice question by option id; an unknown id is refused as a problem.</summary>
    public void SetChoice(int slot, string optionId)
    {
        var q = Expect(slot, QuestionType.Choice);
        if (q.FindOption(Guard.NotNull(optionId)) is { } o)
        {
            Forget(slot);
            Input.SetOption(slot, o.Index);
        }
        else
        {
            Refuse(slot, DiagnosticCodes.UnknownAnswerOption, AnswerBinder.UnknownOptionMessage(q, optionId));
        }
    }

    /// <summary>Answers a multiple-choice question: bit <c>i</c> of <paramref name="options"/> ticks option <c>i</c>.</summary>
    public void SetChoices(int slot, ulong options)
    {
        var q = Expect(slot, QuestionType.Multi);
        if (q.Options.Count < 64 && options >> q.Options.Count != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "question '" + q.Id + "' has " + q.Options.Count + " options");
        }

        Forget(slot);
        Input.SetAnswer(slot, 0, options);
    }

    /// <summary>Answers a multiple-choice question by option ids; each unknown id is refused as a problem.</summary>
    public void SetChoices(int slot, IReadOnlyList<string> optionIds)
    {
        var q = Expect(slot, QuestionType.Multi);
        ulong mask = 0;
        var ok = true;
        for (var i = 0; i < (Guard.NotNull(optionIds)).Count; i++)
        {
            if (q.FindOption(optionIds[i]) is { } o)
            {
                mask |= 1UL << o.Index;
            }
            else
            {
                Refuse(slot, DiagnosticCodes.UnknownAnswerOption, AnswerBinder.UnknownOptionMessage(q, optionIds[i]), keepEarlier: !ok);
                ok = false;
            }
        }

        if (ok)
        {
            Forget(slot);
            Input.SetAnswer(slot, 0, mask);
        }
    }

    /// <summary>Answers "not applicable"; refused as a problem when the question does not accept it.</summary>
    public void SetNotApplicable(int slot)
    {
        var q = QuestionFor(slot);
        if (!q.AllowsNotApplicable)
        {
            Refuse(slot, DiagnosticCodes.NotApplicableNotAllowed, AnswerBinder.NotApplicableRefused(q));
            return;
        }

        Forget(slot);
        Input.SetNotApplicable(slot);
    }

    /// <summary>Sets an <see cref="Answers.Answer"/> as an answer sheet would bind it: every problem (wrong type,
    /// unknown option, out of range, 'n/a' not allowed) is kept as the sheet would report it.</summary>
    public void Set(int slot, Answer answer)
    {
        var q = QuestionFor(slot);
        if ((Guard.NotNull(answer)).Kind == AnswerKind.NotApplicable)
        {
            SetNotApplicable(slot);
            return;
        }

        Forget(slot);
        var bag = new DiagnosticBag();
        if (!AnswerBinder.TryBind(q, answer, Location, Input, bag))
        {
            Input.Unset(slot);
        }

        foreach (var problem in bag.Items)
        {
            (_problems ??= []).Add((slot, problem));
        }
    }

    /// <summary>Reads a spreadsheet cell straight into slot <paramref name="slot"/>, as <see cref="AnswerCell.TryParse"/>
    /// reads it but without building an <see cref="Answer"/>: what batch scoring does with millions of cells.
    /// An empty cell leaves the slot unanswered. Returns false, and leaves the slot unanswered, when the cell
    /// cannot be read or its value is refused (unknown option, out of range, 'n/a' not allowed): parse it with
    /// <see cref="AnswerCell.TryParse"/> and bind it through an answer sheet to say why.</summary>
    /// <param name="slot">The question's slot in <see cref="Layout"/>.</param>
    /// <param name="text">The cell as written.</param>
    public bool TrySetCell(int slot, string text)
    {
        // A batch repeats the same few cell strings column after column ("yes", "3", "partial"), and its reader
        // shares their instances: the same string object as one of the slot's last accepted cells reads the same way.
        var memo = _cells ??= new CellMemo(_questions.Length);
        if ((uint)slot < (uint)_questions.Length && memo.TryGet(slot, text, Input))
        {
            Forget(slot);
            return true;
        }

        if (!TryReadCell(slot, text))
        {
            return false;
        }

        memo.Add(slot, text, Input);
        return true;
    }

    private bool TryReadCell(int slot, string? text)
    {
        var q = Layout.QuestionAt(slot);
        Unset(slot);
        var cell = (text ?? string.Empty).Trim();
        if (cell.Length == 0)
        {
            return true;
        }

        if (string.Equals(cell, Answers.Answer.NotApplicableText, StringComparison.OrdinalIgnoreCase))
        {
            if (!q.AllowsNotApplicable)
            {
                return false;
            }

            SetNotApplicable(slot);
            return true;
        }

        switch (q.Type)
        {
            case QuestionType.Boolean:
                if (!AnswerCell.TryParseBoolean(cell, out var b))
                {
                    return false;
                }

                SetBoolean(slot, b);
                return true;
            case QuestionType.Choice:
                if (q.FindOption(cell) is not { } option)
                {
                    return false;
                }

                SetChoice(slot, option.Index);
                return true;
            case QuestionType.Multi:
                if (!AnswerCell.TryReadOptions(q, cell, out var mask))
                {
                    return false;
                }

                SetChoices(slot, mask);
                return true;
            default:
                if (!AnswerCell.TryParseNumber(cell, out var n) || AnswerBinder.NumberProblem(q, n) is not null)
                {
                    return false;
                }

                SetNumber(slot, n);
                return true;
        }
    }

    /// <summary>Leaves a question unanswered.</summary>
    public void Unset(int slot)
    {
        QuestionFor(slot);
        Forget(slot);
        Input.Unset(slot);
    }

    /// <summary>Back to "nothing answered, no problems", ready for the next firm.</summary>
    public void Clear()
    {
        Input.Clear();
        _problems?.Clear();
    }

    internal void ReportProblems(DiagnosticBag bag)
    {
        if (_problems is not null)
        {
            foreach (var p in _problems)
            {
                bag.Add(p.Problem);
            }
        }
    }

    /// <summary>The slot is left unanswered, as the answer binder leaves a refused answer out.</summary>
    private void Refuse(int slot, string code, LocalizedMessage message, bool keepEarlier = false)
    {
        if (!keepEarlier)
        {
            Forget(slot);
        }

        Input.Unset(slot);
        (_problems ??= []).Add((slot, new Diagnostic(code, DiagnosticSeverity.Error, message, Location, _questions[slot].Id)));
    }

    /// <summary>A new value replaces whatever was refused before in that slot.</summary>
    private void Forget(int slot)
    {
        // The removal out of line: setting a slot, the common case with no problems kept, stays a call-free method.
        if (_problems is { Count: > 0 })
        {
            RemoveProblems(slot);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RemoveProblems(int slot)
    {
        // A loop, not RemoveAll with a lambda: capturing the slot would allocate on every call.
        var problems = _problems!;
        for (var i = problems.Count - 1; i >= 0; i--)
        {
            if (problems[i].Slot == slot)
            {
                problems.RemoveAt(i);
            }
        }
    }

    private Question QuestionFor(int slot) => (uint)slot < (uint)_questions.Length
        ? _questions[slot]
        : throw new ArgumentOutOfRangeException(nameof(slot), slot, "rule set '" + Layout.RuleSet.Id + "' has " + _questions.Length + " question slots");

    /// <summary>The question in <paramref name="slot"/>, which must take <paramref name="type"/>
    /// (<see cref="QuestionType.Number"/> stands for every numeric type).</summary>
    private Question Expect(int slot, QuestionType type)
    {
        var q = QuestionFor(slot);
        var numeric = q.Type is not (QuestionType.Boolean or QuestionType.Choice or QuestionType.Multi);
        if (type == QuestionType.Number ? !numeric : q.Type != type)
        {
            throw new ArgumentException("question '" + q.Id + "' in slot " + slot + " is " + q.Type.ToString().ToLowerInvariant() + ", not " + (type == QuestionType.Number ? "numeric" : type.ToString().ToLowerInvariant()), nameof(slot));
        }

        return q;
    }
}
