using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Compilation;

/// <summary>Questions of every kind: type, points, options, bands and the keys each type allows.</summary>
internal sealed partial class RuleSetCompiler
{
    private Question BuildQuestion(QuestionDoc doc, string nodeId)
    {
        CheckId(doc.Id, QuestionIdPattern, Messages.KindQuestion());
        RegisterId(doc.Id, Messages.KindQuestion());
        CheckLabel(doc.Text, "text");
        CheckLabel(doc.Help, "help");
        var weight = Weight(doc.Weight);
        var type = doc.Type;
        var options = new List<AnswerOption>();
        var bands = new List<ScoreBand>();
        var scaleLabels = new Dictionary<int, Label>();
        var points = doc.Points?.Value ?? 1;
        double maxPoints = 0;
        var isScored = true;
        double? min = doc.Min?.Value;
        double? max = doc.Max?.Value;

        AllowOnly(doc, type switch
        {
            QuestionType.Boolean => ["points"],
            QuestionType.Choice => ["answers"],
            QuestionType.Multi => ["answers", "scoring", "max"],
            QuestionType.Scale => ["min", "max", "labels"],
            QuestionType.Number => ["min", "max", "bands"],
            _ => ["points", "bands"],
        });

        if (doc.Points is { } p && p.Value < 0)
        {
            _d.Error(DiagnosticCodes.NegativeNumber, p.Location, Messages.PointsNegative());
        }

        switch (type)
        {
            case QuestionType.Boolean:
                maxPoints = points;
                break;
            case QuestionType.Choice:
            case QuestionType.Multi:
                var optionDocs = ResolveOptions(doc);
                foreach (var o in optionDocs)
                {
                    options.Add(new AnswerOption(o.Id.Value, o.Points, ToLabel(o.Label) ?? Label.Invariant(o.Id.Value), options.Count));
                }

                if (type == QuestionType.Multi && options.Count > 64)
                {
                    _d.Error(DiagnosticCodes.TooMany, doc.Id.Location, Messages.TooManyOptions(doc.Id.Value, options.Count), doc.Id.Value);
                }

                if (type == QuestionType.Choice)
                {
                    foreach (var o in options)
                    {
                        maxPoints = Math.Max(maxPoints, o.Points);
                    }
                }
                else if ((doc.Scoring ?? MultiScoring.Sum) == MultiScoring.Share)
                {
                    maxPoints = 1;
                    if (doc.Max is { } m)
                    {
                        _d.Error(DiagnosticCodes.KeyNotForType, m.Location, Messages.MaxCapsSumOnly());
                    }
                }
                else
                {
                    foreach (var o in options)
                    {
                        maxPoints += o.Points;
                    }

                    if (doc.Max is { } cap)
                    {
                        maxPoints = Math.Min(maxPoints, cap.Value);
                    }
                }

                break;
            case QuestionType.Scale:
                if (doc.Min is null || doc.Max is null)
                {
                    _d.Error(DiagnosticCodes.MissingKey, doc.Location, Messages.ScaleNeedsRange(doc.Id.Value), doc.Id.Value);
                }
                else if (doc.Min.Value < 0 || doc.Min.Value >= doc.Max.Value || doc.Min.Value != Math.Floor(doc.Min.Value) || doc.Max.Value != Math.Floor(doc.Max.Value) || doc.Max.Value > 1000)
                {
                    _d.Error(DiagnosticCodes.InvalidRange, doc.Min.Location, Messages.ScaleRange());
                }

                maxPoints = max ?? 0;
                if (doc.ScaleLabels is { } labels)
                {
                    foreach (var (value, label) in labels)
                    {
                        CheckLabel(label, "scale label");
                        if (min is { } lo && max is { } hi && (value < lo || value > hi))
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, label.Location, Messages.ScaleLabelOutside(value, lo, hi));
                        }

                        scaleLabels[value] = ToLabel(label) ?? Label.Invariant(value.ToString(CultureInfo.InvariantCulture));
                    }
                }

                break;
            case QuestionType.Number:
            case QuestionType.Percent:
                if (min is { } nlo && max is { } nhi && nlo >= nhi)
                {
                    _d.Error(DiagnosticCodes.InvalidRange, doc.Min!.Location, Messages.MinNotBelowMax());
                }

                if (doc.Bands is { } bandDocs)
                {
                    double previous = double.NegativeInfinity;
                    foreach (var b in bandDocs)
                    {
                        if (b.Min <= previous)
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, b.Location, Messages.BandsNotIncreasing());
                        }

                        if (b.Points < 0)
                        {
                            _d.Error(DiagnosticCodes.NegativeNumber, b.Location, Messages.BandPointsNegative());
                        }

                        if (type == QuestionType.Percent && (b.Min < 0 || b.Min > 100))
                        {
                            _d.Error(DiagnosticCodes.InvalidRange, b.Location, Messages.PercentBandStart());
                        }

                        previous = b.Min;
                        bands.Add(new ScoreBand(b.Min, b.Points));
                        maxPoints = Math.Max(maxPoints, b.Points);
                    }

                    if (bandDocs.Count == 0)
                    {
                        _d.Error(DiagnosticCodes.MissingKey, doc.BandsLocation ?? doc.Location, Messages.BandsEmpty());
                    }
                }
                else if (type == QuestionType.Number)
                {
                    isScored = false;
                }
                else
                {
                    maxPoints = points;
                }

                if (type == QuestionType.Percent)
                {
                    min = 0;
                    max = 100;
                }

                break;
        }

        var optionsMissing = type is QuestionType.Choice or QuestionType.Multi && options.Count == 0;
        if (isScored && maxPoints <= 0 && weight > 0 && !optionsMissing)
        {
            _d.Error(DiagnosticCodes.InvalidRange, doc.Id.Location, Messages.QuestionScoresZero(doc.Id.Value), doc.Id.Value);
        }

        var question = new Question(
            doc.Id.Value, type, ToLabel(doc.Text) ?? Label.Invariant(doc.Id.Value), ToLabel(doc.Help), weight, doc.AllowsNotApplicable, doc.When?.Text,
            options, doc.Scoring ?? MultiScoring.Sum, min, max, points, bands, scaleLabels, maxPoints, isScored, nodeId, _questions.Count);
        _questions.Add(question);
        if (!_questionsById.ContainsKey(question.Id))
        {
            _questionsById[question.Id] = question;
        }

        _questionDocs.Add((doc, question));
        return question;
    }

    private List<OptionDoc> ResolveOptions(QuestionDoc doc)
    {
        if (doc.InlineOptions is { } inline)
        {
            CheckOptions(inline, doc.Id.Location, Messages.QuestionNamed(doc.Id.Value));
            return inline;
        }

        if (doc.AnswerSetRef is { } reference)
        {
            if (_answerSets.TryGetValue(reference.Value, out var set))
            {
                return set.Options;
            }

            _d.Error(DiagnosticCodes.UnknownAnswerSet, reference.Location, _answerSets.Count == 0
                ? Messages.AnswerSetUnknown(reference.Value)
                : Messages.AnswerSetUnknownAmong(reference.Value, new List<string>(_answerSets.Keys)));
            return [];
        }

        _d.Error(DiagnosticCodes.MissingKey, doc.Location, Messages.AnswersRequired(doc.Type.ToString().ToLowerInvariant(), doc.Id.Value));
        return [];
    }

    private void AllowOnly(QuestionDoc doc, string[] typeKeys)
    {
        string[] typeSpecific = ["answers", "points", "scoring", "min", "max", "bands", "labels"];
        foreach (var key in typeSpecific)
        {
            if (doc.Keys.TryGetValue(key, out var at) && Array.IndexOf(typeKeys, key) < 0)
            {
                _d.Error(DiagnosticCodes.KeyNotForType, at, Messages.KeyNotForType(key, doc.Type.ToString().ToLowerInvariant()));
            }
        }
    }
}
