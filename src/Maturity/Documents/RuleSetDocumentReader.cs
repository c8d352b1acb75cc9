using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

/// <summary>Maps a YAML tree onto a <see cref="RuleSetDoc"/>: every key known, every value typed,
/// every problem reported with its position. Semantic checks (ids, references, expressions) come later.</summary>
internal sealed partial class RuleSetDocumentReader
{
    private static readonly string[] TopKeys = ["ruleset", "version", "extends", "title", "description", "languages", "appliesTo", "fallback", "scoring", "answerSets", "dimensions", "levels", "recommendations", "indicators"];
    private static readonly string[] TopRequired = ["ruleset", "version", "title", "languages"];
    private static readonly string[] ScoringKeys = ["scale", "unanswered", "cumulativeLevels", "aggregate"];
    private static readonly string[] AppliesToKeys = ["naf"];
    private static readonly string[] OptionKeys = ["id", "points", "label"];
    private static readonly string[] OptionRequired = ["id", "points", "label"];
    private static readonly string[] NodeKeys = ["id", "title", "weight", "aggregate", "formula", "max", "questions", "groups", "levels", "merge"];
    private static readonly string[] NodeRequired = ["id", "title"];
    private static readonly string[] MergeRequired = ["id"];
    private static readonly string[] QuestionKeys = ["id", "type", "text", "help", "weight", "na", "when", "answers", "points", "scoring", "min", "max", "bands", "labels"];
    private static readonly string[] QuestionRequired = ["id", "type", "text"];
    private static readonly string[] BandKeys = ["min", "points"];
    private static readonly string[] LevelKeys = ["id", "title", "min", "requires"];
    private static readonly string[] IdOnly = ["id"];
    private static readonly string[] GateKeys = ["when", "label"];
    private static readonly string[] GateRequired = ["when"];
    private static readonly string[] RecommendationKeys = ["id", "when", "improves", "effort", "text", "links"];
    private static readonly string[] RecommendationRequired = ["id", "when", "text"];
    private static readonly string[] IndicatorKeys = ["id", "value", "title"];
    private static readonly string[] IndicatorRequired = ["id", "value"];
    private static readonly string[] LinkKeys = ["url", "title"];
    private static readonly string[] LinkRequired = ["url"];
    private static readonly string[] None = [];

    private static readonly Dictionary<string, QuestionType> QuestionTypes = new(StringComparer.Ordinal)
    {
        ["boolean"] = QuestionType.Boolean,
        ["choice"] = QuestionType.Choice,
        ["multi"] = QuestionType.Multi,
        ["scale"] = QuestionType.Scale,
        ["number"] = QuestionType.Number,
        ["percent"] = QuestionType.Percent,
    };

    private static readonly Dictionary<string, Aggregation> Aggregations = new(StringComparer.Ordinal)
    {
        ["mean"] = Aggregation.Mean,
        ["sum"] = Aggregation.Sum,
        ["min"] = Aggregation.Min,
        ["max"] = Aggregation.Max,
        ["formula"] = Aggregation.Formula,
    };

    private static readonly Dictionary<string, Effort> Efforts = new(StringComparer.Ordinal)
    {
        ["low"] = Effort.Low,
        ["medium"] = Effort.Medium,
        ["high"] = Effort.High,
    };

    private static readonly Dictionary<string, ScoreScale> Scales = new(StringComparer.Ordinal)
    {
        ["normalized"] = ScoreScale.Normalized,
        ["raw"] = ScoreScale.Raw,
    };

    private static readonly Dictionary<string, UnansweredPolicy> UnansweredPolicies = new(StringComparer.Ordinal)
    {
        ["zero"] = UnansweredPolicy.Zero,
        ["exclude"] = UnansweredPolicy.Exclude,
    };

    private static readonly Dictionary<string, MultiScoring> MultiScorings = new(StringComparer.Ordinal)
    {
        ["sum"] = MultiScoring.Sum,
        ["share"] = MultiScoring.Share,
    };

    // The phrases that name a key in a diagnostic ('"weight"', 'the option's "id"'...) are passed at every key a file
    // holds and read only when something is wrong: built once, not per key (about a megabyte per load of rules/).
    private static readonly Dictionary<string, LocalizedMessage> KeyNames = KeyPhrases(
        TopKeys, ScoringKeys, NodeKeys, QuestionKeys, LevelKeys, GateKeys, RecommendationKeys, IndicatorKeys, ["appliesTo.naf"]);

    private static readonly LocalizedMessage OptionId = Messages.WhatOptionKey("id");
    private static readonly LocalizedMessage OptionPoints = Messages.WhatOptionKey("points");
    private static readonly LocalizedMessage OptionLabel = Messages.WhatOptionKey("label");
    private static readonly LocalizedMessage BandMin = Messages.WhatBandKey("min");
    private static readonly LocalizedMessage BandPoints = Messages.WhatBandKey("points");
    private static readonly LocalizedMessage LinkUrl = Messages.WhatLinkKey("url");
    private static readonly LocalizedMessage LinkTitle = Messages.WhatLinkKey("title");
    private static readonly LocalizedMessage GateLabel = Messages.WhatGateKey("label");

    private readonly YamlValues _v;

    private RuleSetDocumentReader(DiagnosticBag diagnostics) => _v = new YamlValues(diagnostics);

    public static RuleSetDoc? Read(string path, string text, YNode root, DiagnosticBag diagnostics)
    {
        var reader = new RuleSetDocumentReader(diagnostics);
        var map = reader._v.Mapping(root, Messages.WhatRuleFile());
        return map is null ? null : reader.ReadRuleSet(path, text, map);
    }

    private RuleSetDoc ReadRuleSet(string path, string text, YMapping map)
    {
        var doc = new RuleSetDoc(path, text);
        _v.Fields(map, Messages.WhatRuleSet(), TopKeys, TopRequired, (key, _, value) =>
        {
            switch (key)
            {
                case "ruleset": doc.Id = _v.LocatedString(value, Key("ruleset")); break;
                case "version": doc.Version = _v.LocatedString(value, Key("version")); break;
                case "extends": doc.Extends = _v.LocatedString(value, Key("extends")); break;
                case "title": doc.Title = Label(value, Key("title")); break;
                case "description": doc.Description = Label(value, Key("description")); break;
                case "languages":
                    doc.LanguagesLocation = value.Location;
                    Strings(value, Key("languages"), doc.Languages);
                    break;
                case "appliesTo":
                    if (_v.Mapping(value, Key("appliesTo")) is { } applies)
                    {
                        _v.Fields(applies, Key("appliesTo"), AppliesToKeys, AppliesToKeys, (_, _, naf) => Strings(naf, Key("appliesTo.naf"), doc.Naf));
                    }

                    break;
                case "fallback": doc.Fallback = _v.Boolean(value, Key("fallback")) ?? false; break;
                case "scoring": doc.Scoring = Scoring(value); break;
                case "answerSets": AnswerSets(value, doc.AnswerSets); break;
                case "dimensions": ForEachMapping(value, Key("dimensions"), m => doc.Dimensions.Add(Node(m, isDimension: true))); break;
                case "levels": doc.Levels = Levels(value); break;
                case "recommendations": ForEachMapping(value, Key("recommendations"), m => doc.Recommendations.Add(Recommendation(m))); break;
                case "indicators": ForEachMapping(value, Key("indicators"), m => doc.Indicators.Add(Indicator(m))); break;
            }
        });
        return doc;
    }

    private static Dictionary<string, LocalizedMessage> KeyPhrases(params string[][] keyLists)
    {
        var phrases = new Dictionary<string, LocalizedMessage>(StringComparer.Ordinal);
        foreach (var keys in keyLists)
        {
            foreach (var key in keys)
            {
                phrases[key] = Messages.QuotedName(key);
            }
        }

        return phrases;
    }

    /// <summary>The phrase naming <paramref name="key"/> (<c>"key"</c>).</summary>
    private static LocalizedMessage Key(string key) => KeyNames.TryGetValue(key, out var phrase) ? phrase : Messages.QuotedName(key);

    private ScoringDoc? Scoring(YNode value)
    {
        if (_v.Mapping(value, Key("scoring")) is not { } map)
        {
            return null;
        }

        var s = new ScoringDoc();
        _v.Fields(map, Key("scoring"), ScoringKeys, None, (key, _, v) =>
        {
            switch (key)
            {
                case "scale": s.Scale = _v.Enum(v, Messages.WhatScale(), Scales); break;
                case "unanswered": s.Unanswered = _v.Enum(v, Messages.WhatUnansweredPolicy(), UnansweredPolicies); break;
                case "cumulativeLevels": s.CumulativeLevels = _v.Boolean(v, Key("cumulativeLevels")); break;
                case "aggregate":
                    s.Aggregate = _v.Enum(v, Messages.WhatOverallAggregate(), Aggregations);
                    s.AggregateLocation = v.Location;
                    break;
            }
        });
        return s;
    }

    private void AnswerSets(YNode value, List<AnswerSetDoc> sets)
    {
        if (_v.Mapping(value, Key("answerSets")) is not { } map)
        {
            return;
        }

        foreach (var entry in map.Entries)
        {
            var set = new AnswerSetDoc { Id = new Located<string>(entry.Key.Value, entry.Key.Location) };
            Options(entry.Value, Messages.WhatAnswerSet(entry.Key.Value), set.Options);
            sets.Add(set);
        }
    }

    private void Options(YNode value, LocalizedMessage what, List<OptionDoc> options)
    {
        var optionWhat = Messages.WhatOptionOf(what);
        ForEachMapping(value, what, m =>
        {
            var o = new OptionDoc { Location = m.Location };
            _v.Fields(m, optionWhat, OptionKeys, OptionRequired, (key, _, v) =>
            {
                switch (key)
                {
                    case "id": o.Id = _v.LocatedString(v, OptionId)!; break;
                    case "points": o.Points = _v.Number(v, OptionPoints) ?? 0; break;
                    case "label": o.Label = Label(v, OptionLabel); break;
                }
            });
            if (o.Id is not null)
            {
                options.Add(o);
            }
        });
    }

    private NodeDoc Node(YMapping map, bool isDimension)
    {
        var node = new NodeDoc { Location = map.Location, IsDimension = isDimension };
        var isMerge = false;
        foreach (var e in map.Entries)
        {
            if (e.Key.Value == "merge" && e.Value is YScalar s && YamlValues.TryParseBoolean(s.Value, out var b))
            {
                isMerge = b;
            }
        }

        LocalizedMessage what = isDimension ? Messages.WhatDimension() : Messages.WhatGroup();
        _v.Fields(map, what, NodeKeys, isMerge ? MergeRequired : NodeRequired, (key, k, v) =>
        {
            switch (key)
            {
                case "id": node.Id = _v.LocatedString(v, Key("id"))!; break;
                case "title": node.Title = Label(v, Key("title")); break;
                case "weight": node.Weight = _v.LocatedNumber(v, Key("weight")); break;
                case "aggregate":
                    node.Aggregate = _v.Enum(v, Messages.WhatAggregate(), Aggregations) ?? Aggregation.Mean;
                    node.AggregateLocation = v.Location;
                    break;
                case "formula": node.Formula = Expression(v, Key("formula")); break;
                case "max": node.Max = _v.LocatedNumber(v, Key("max")); break;
                case "questions": ForEachMapping(v, Key("questions"), m => node.Questions.Add(Question(m))); break;
                case "groups": ForEachMapping(v, Key("groups"), m => node.Groups.Add(Node(m, isDimension: false))); break;
                case "levels":
                    if (!isDimension)
                    {
                        _v.Diagnostics.Error(DiagnosticCodes.UnknownKey, k.Location, Messages.LevelsOnGroup());
                        break;
                    }

                    node.Levels = Levels(v);
                    break;
                case "merge":
                    if (!isDimension)
                    {
                        _v.Diagnostics.Error(DiagnosticCodes.UnknownKey, k.Location, Messages.MergeOnGroup());
                        break;
                    }

                    node.Merge = _v.Boolean(v, Key("merge")) ?? false;
                    break;
            }
        });
        node.Id ??= new Located<string>(string.Empty, map.Location);
        return node;
    }

    private QuestionDoc Question(YMapping map)
    {
        var q = new QuestionDoc { Location = map.Location };
        _v.Fields(map, Messages.WhatQuestion(), QuestionKeys, QuestionRequired, (key, k, v) =>
        {
            q.Keys[key] = k.Location;
            switch (key)
            {
                case "id": q.Id = _v.LocatedString(v, Key("id"))!; break;
                case "type": q.Type = _v.Enum(v, Messages.WhatQuestionType(), QuestionTypes) ?? QuestionType.Boolean; break;
                case "text": q.Text = Label(v, Key("text")); break;
                case "help": q.Help = Label(v, Key("help")); break;
                case "weight": q.Weight = _v.LocatedNumber(v, Key("weight")); break;
                case "na": q.AllowsNotApplicable = _v.Boolean(v, Key("na")) ?? false; break;
                case "when": q.When = Expression(v, Key("when")); break;
                case "answers":
                    if (v is YScalar)
                    {
                        q.AnswerSetRef = _v.LocatedString(v, Key("answers"));
                    }
                    else
                    {
                        q.InlineOptions = [];
                        Options(v, Messages.WhatQuestionAnswers(), q.InlineOptions);
                    }

                    break;
                case "points": q.Points = _v.LocatedNumber(v, Key("points")); break;
                case "scoring": q.Scoring = _v.Enum(v, Messages.WhatMultiScoring(), MultiScorings); break;
                case "min": q.Min = _v.LocatedNumber(v, Key("min")); break;
                case "max": q.Max = _v.LocatedNumber(v, Key("max")); break;
                case "bands":
                    q.Bands = [];
                    q.BandsLocation = v.Location;
                    ForEachMapping(v, Key("bands"), m =>
                    {
                        var band = new BandDoc { Location = m.Location };
                        _v.Fields(m, Messages.WhatBand(), BandKeys, BandKeys, (bk, _, bv) =>
                        {
                            if (bk == "min")
                            {
                                band.Min = _v.Number(bv, BandMin) ?? 0;
                            }
                            else
                            {
                                band.Points = _v.Number(bv, BandPoints) ?? 0;
                            }
                        });
                        q.Bands.Add(band);
                    });
                    break;
                case "labels":
                    if (_v.Mapping(v, Key("labels")) is { } labels)
                    {
                        q.ScaleLabels = [];
                        foreach (var e in labels.Entries)
                        {
                            if (!int.TryParse(e.Key.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                            {
                                _v.WrongType(e.Key, Messages.WhatScaleLabelKey(), Messages.ExpectScaleValue());
                                continue;
                            }

                            if (Label(e.Value, Messages.WhatScaleLabel()) is { } label)
                            {
                                q.ScaleLabels.Add((value, label));
                            }
                        }
                    }

                    break;
            }
        });
        q.Id ??= new Located<string>(string.Empty, map.Location);
        return q;
    }
}
