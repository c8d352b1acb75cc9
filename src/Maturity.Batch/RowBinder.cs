using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>The fast path of a batch row: its answer cells read straight into a pre-bound
/// <see cref="AnswerVector"/> of one rule set (<see cref="AnswerVector.TrySetCell"/>), through column→slot links
/// resolved once per input header. It declines a row whose cells need a diagnostic (a column that is no
/// question of the rule set, an unreadable cell, a refused value), which then takes the answer-sheet path
/// that reports them. One binder per rule set and input header; not thread-safe.</summary>
internal sealed class RowBinder
{
    private const int CompanyColumn = -1;
    private const int UnknownColumn = -2;

    private readonly int[] _slotByColumn;

    public RowBinder(RuleSet ruleSet, IReadOnlyList<string> columnNames, bool[] isCompanyColumn)
    {
        RuleSet = ruleSet;
        var layout = ruleSet.CreateAnswerLayout();
        Vector = layout.CreateVector();
        _slotByColumn = new int[columnNames.Count];
        for (var i = 0; i < _slotByColumn.Length; i++)
        {
            _slotByColumn[i] = isCompanyColumn[i] ? CompanyColumn : layout.TryGetSlot(columnNames[i], out var slot) ? slot : UnknownColumn;
        }
    }

    public RuleSet RuleSet { get; }

    public AnswerVector Vector { get; }

    /// <summary>Fills <see cref="Vector"/> from the row's cells; false when a cell needs the answer-sheet path.</summary>
    public bool TryFill(string[] cells)
    {
        Vector.Clear();
        for (var i = 0; i < _slotByColumn.Length && i < cells.Length; i++)
        {
            var slot = _slotByColumn[i];
            var cell = cells[i];
            if (slot == CompanyColumn || string.IsNullOrEmpty(cell))
            {
                continue;
            }

            if (slot == UnknownColumn || !Vector.TrySetCell(slot, cell))
            {
                return false;
            }
        }

        return true;
    }
}
