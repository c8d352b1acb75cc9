using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>The output columns of a run (docs/batch.md): the fixed ones, then each dimension and indicator of the
/// rule sets used, once, in their order; and how a row's outcome fills them. Read-only once built.</summary>
internal sealed class ResultColumns
{
    private readonly int _line, _status, _error, _id, _name, _naf, _territory, _employees, _ruleSet, _version, _hash;
    private readonly int _score, _maxScore, _level, _levelTitle, _coverage, _nextLevel, _nextLevelTitle, _pointsMissing, _topRecommendation, _topGain;
    private readonly List<string> _dimensionIds = [];
    private readonly Dictionary<string, int> _indicatorColumn = new(StringComparer.Ordinal);
    private readonly Dictionary<RuleSet, (int Column, string Node)[]> _dimensionNodes = [];
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public ResultColumns(IReadOnlyList<RuleSet> ruleSets)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var indicatorIds = new List<string>();
        foreach (var rs in ruleSets)
        {
            foreach (var indicator in rs.Indicators)
            {
                if (!indicatorIds.Contains(indicator.Id))
                {
                    indicatorIds.Add(indicator.Id);
                }
            }

            foreach (var d in rs.Dimensions)
            {
                if (seen.Add(d.Id))
                {
                    _dimensionIds.Add(d.Id);
                }
            }
        }

        Names = new List<string>(BatchColumns.Output);
        foreach (var d in _dimensionIds)
        {
            Names.Add(BatchColumns.DimensionPrefix + d);
        }

        foreach (var id in indicatorIds)
        {
            _indicatorColumn[id] = Names.Count;
            Names.Add(BatchColumns.IndicatorPrefix + id);
        }

        (_line, _status, _error, _id, _name, _naf, _territory, _employees) = (At("line"), At("status"), At("error"), At("id"), At("name"), At("naf"), At("territory"), At("employees"));
        (_ruleSet, _version, _hash, _score, _maxScore, _level, _levelTitle) = (At("ruleset"), At("version"), At("hash"), At("score"), At("max_score"), At("level"), At("level_title"));
        (_coverage, _nextLevel, _nextLevelTitle, _pointsMissing, _topRecommendation, _topGain) = (At("coverage"), At("next_level"), At("next_level_title"), At("points_missing"), At("top_recommendation"), At("top_gain"));
        foreach (var rs in ruleSets)
        {
            _dimensionNodes[rs] = FindDimensionNodes(rs);
        }
    }

    /// <summary>Every output column, in order.</summary>
    public List<string> Names { get; }

    /// <summary>Fills <paramref name="o"/> (cleared first) for one row; titles, and the error cell in French, in <paramref name="language"/>.</summary>
    public void Fill(OutputRow o, int line, string[] cells, BatchHeader header, RowOutcome outcome, string language)
    {
        o.Clear();
        o.Number(_line, line);
        o.Text(_id, header.Cell(cells, BatchColumns.Id));
        o.Text(_name, header.Cell(cells, BatchColumns.Name));
        o.Text(_naf, header.Cell(cells, BatchColumns.Naf));
        o.Text(_territory, header.Cell(cells, BatchColumns.Territory));
        o.Text(_employees, header.Cell(cells, BatchColumns.Employees));
        o.Text(_ruleSet, outcome.RuleSet?.Id ?? string.Empty);
        o.Text(_version, outcome.RuleSet?.Version ?? string.Empty);
        if (outcome.Result is not { } r)
        {
            o.Text(_status, "error");
            o.Text(_error, BatchDiagnostics.ErrorText(outcome.Errors!, language == "fr" ? French : null));
            return;
        }

        o.Text(_status, "ok");
        o.Text(_ruleSet, r.RuleSetId);
        o.Text(_version, r.RuleSetVersion);
        o.Text(_hash, r.RuleSetHash);
        o.Number(_score, r.Score);
        o.Number(_maxScore, r.MaxScore);
        o.Text(_level, r.Level?.Id ?? string.Empty);
        o.Text(_levelTitle, r.Level?.Level.Title.Get(language) ?? string.Empty);
        o.Number(_coverage, r.Coverage);
        o.Text(_nextLevel, r.NextLevel?.Id ?? string.Empty);
        o.Text(_nextLevelTitle, r.NextLevel?.Level.Title.Get(language) ?? string.Empty);
        if (r.NextLevel is { } next)
        {
            o.Number(_pointsMissing, next.PointsMissing);
        }

        if (r.Recommendations.Count > 0)
        {
            o.Text(_topRecommendation, r.Recommendations[0].Id);
            o.Number(_topGain, r.Recommendations[0].Gain);
        }

        foreach (var (column, node) in DimensionNodes(r.RuleSet))
        {
            if (r.ScoreOf(node) is { } s)
            {
                o.Number(column, s);
            }
        }

        // A rule set without an indicator leaves its cell empty.
        foreach (var indicator in r.Indicators)
        {
            var column = _indicatorColumn[indicator.Id];
            if (indicator.Indicator.Kind == IndicatorKind.Boolean)
            {
                o.Text(column, indicator.IsTrue ? "true" : "false");
            }
            else
            {
                o.Number(column, indicator.Value);
            }
        }
    }

    /// <summary>The dimension columns a rule set has a node for (a node of that id, dimension or group): found once
    /// per rule set of the run rather than looked up for every column on every row.</summary>
    private (int Column, string Node)[] DimensionNodes(RuleSet ruleSet) =>
        _dimensionNodes.TryGetValue(ruleSet, out var nodes) ? nodes : FindDimensionNodes(ruleSet);

    private (int Column, string Node)[] FindDimensionNodes(RuleSet ruleSet)
    {
        var list = new List<(int, string)>();
        for (var i = 0; i < _dimensionIds.Count; i++)
        {
            if (ruleSet.FindNode(_dimensionIds[i]) is not null)
            {
                list.Add((BatchColumns.Output.Count + i, _dimensionIds[i]));
            }
        }

        return [.. list];
    }

    private int At(string column) => Names.IndexOf(column);
}
