using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Scoring;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using RulesEngine.Models;
using Rule = RulesEngine.Models.Rule;

namespace Maturity.Benchmarks;

/// <summary>The same logic in every engine: the Eurostat Digital Intensity Index (rules/reference,
/// 12 yes/no indicators, 1 point each, levels at 0/4/7/10), for one firm
/// (samples/companies/eurostat-dii-2023/intermediate.yaml: 6 indicators, level "low"). Each benchmark starts
/// from the same plain object holding the 12 answers and ends with the score and the level index.
/// RulesEngine and NRules are benchmark-only dependencies.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PeerBenchmarks
{
    private static readonly string[] Bands = ["very_low", "low", "high", "very_high"];
    private static readonly int[] BandMin = [0, 4, 7, 10];

    private DiiFirm _firm = null!;
    private RuleSet _dii = null!;
    private AnswerSheet _sheet = null!;
    private AnswerVector _vector = null!;
    private ScoreCard _card = null!;
    private int[] _slots = null!;
    private RulesEngine.RulesEngine _indicatorRules = null!;
    private RulesEngine.RulesEngine _bandRules = null!;
    private ISessionFactory _nrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dii = Fixtures.LoadAll().Single(r => r.Id == "eurostat-dii-2023");
        _sheet = Fixtures.Sample("eurostat-dii-2023/intermediate.yaml");
        _firm = DiiFirm.From(_sheet);
        var layout = _dii.CreateAnswerLayout();
        _vector = layout.CreateVector();
        _card = layout.CreateScoreCard();
        _slots = DiiFirm.Indicators.Select(layout.SlotOf).ToArray();

        _indicatorRules = new RulesEngine.RulesEngine([IndicatorWorkflow()], new ReSettings());
        _bandRules = new RulesEngine.RulesEngine([BandWorkflow()], new ReSettings());
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(DiiVeryLow), typeof(DiiLow), typeof(DiiHigh), typeof(DiiVeryHigh)));
        _nrules = repository.Compile();

        // Every variant must agree before anything is timed.
        var expected = (Score: _dii.Assess(_sheet).Score, Level: Array.IndexOf(Bands, _dii.Assess(_sheet).Level!.Id));
        foreach (var (name, got) in new (string, (double, int))[]
        {
            ("hand-written", HandWritten()), ("string ids", MaturityStringIds()), ("pre-bound score", MaturityPreBoundScore()),
            ("pre-bound full", MaturityPreBoundAssess()), ("RulesEngine indicators", RulesEngineIndicatorRules()),
            ("RulesEngine bands", RulesEngineBandRules()), ("NRules", NRulesBandRules()),
        })
        {
            if (got != expected)
            {
                throw new InvalidOperationException($"{name} gives {got}, expected {expected}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written C#")]
    public (double, int) HandWritten()
    {
        var f = _firm;
        var score = (f.InternetAccessMajority ? 1 : 0) + (f.CloudAny ? 1 : 0) + (f.FastBroadband ? 1 : 0) + (f.EcommerceSales ? 1 : 0)
            + (f.WebSalesB2c ? 1 : 0) + (f.Erp ? 1 : 0) + (f.Crm ? 1 : 0) + (f.SocialMedia ? 1 : 0) + (f.CloudSophisticated ? 1 : 0)
            + (f.AiAny ? 1 : 0) + (f.DataAnalytics ? 1 : 0) + (f.SocialMediaTwo ? 1 : 0);
        return (score, Band(score));
    }

    [Benchmark(Description = "Maturity pre-bound: fill 12 slots + score + level")]
    public (double, int) MaturityPreBoundScore()
    {
        var f = _firm;
        var v = _vector;
        var s = _slots;
        v.SetBoolean(s[0], f.InternetAccessMajority);
        v.SetBoolean(s[1], f.FastBroadband);
        v.SetBoolean(s[2], f.EcommerceSales);
        v.SetBoolean(s[3], f.WebSalesB2c);
        v.SetBoolean(s[4], f.CloudAny);
        v.SetBoolean(s[5], f.CloudSophisticated);
        v.SetBoolean(s[6], f.SocialMediaTwo);
        v.SetBoolean(s[7], f.SocialMedia);
        v.SetBoolean(s[8], f.DataAnalytics);
        v.SetBoolean(s[9], f.AiAny);
        v.SetBoolean(s[10], f.Erp);
        v.SetBoolean(s[11], f.Crm);
        _dii.Score(v, _card);
        return (_card.Score, _card.Level!.Index);
    }

    [Benchmark(Description = "Maturity pre-bound: full result (what-ifs, lazy details)")]
    public (double, int) MaturityPreBoundAssess()
    {
        var r = _dii.Assess(_vector, _sheet.Company);
        return (r.Score, r.Level!.Index);
    }

    [Benchmark(Description = "Maturity string ids: Assess(AnswerSheet)")]
    public (double, int) MaturityStringIds()
    {
        var r = _dii.Assess(_sheet);
        return (r.Score, r.Level!.Index);
    }

    [Benchmark(Description = "RulesEngine 6.0.1: 12 indicator rules + count")]
    public (double, int) RulesEngineIndicatorRules()
    {
        var results = _indicatorRules.ExecuteAllRulesAsync("dii", _firm).AsTask().GetAwaiter().GetResult();
        var score = 0;
        foreach (var r in results)
        {
            if (r.IsSuccess)
            {
                score++;
            }
        }

        return (score, Band(score));
    }

    [Benchmark(Description = "RulesEngine 6.0.1: 4 band rules over the sum")]
    public (double, int) RulesEngineBandRules()
    {
        var results = _bandRules.ExecuteAllRulesAsync("dii", _firm).AsTask().GetAwaiter().GetResult();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].IsSuccess)
            {
                return (_firm.Score(), i);
            }
        }

        return (_firm.Score(), -1);
    }

    [Benchmark(Description = "NRules 1.0.4: 4 band rules, a session per firm")]
    public (double, int) NRulesBandRules()
    {
        var firm = _firm.Copy();
        var session = _nrules.CreateSession();
        session.Insert(firm);
        session.Fire();
        return (firm.Score(), firm.Level);
    }

    private static int Band(int score)
    {
        var level = 0;
        for (var i = 1; i < BandMin.Length; i++)
        {
            if (score >= BandMin[i])
            {
                level = i;
            }
        }

        return level;
    }

    private static Workflow IndicatorWorkflow() => new()
    {
        WorkflowName = "dii",
        Rules = DiiFirm.Properties.Select(p => new Rule { RuleName = p, Expression = "input1." + p }).ToList(),
    };

    private static Workflow BandWorkflow()
    {
        var sum = string.Join(" + ", DiiFirm.Properties.Select(p => "(input1." + p + " ? 1 : 0)"));
        return new Workflow
        {
            WorkflowName = "dii",
            GlobalParams = [new ScopedParam { Name = "score", Expression = sum }],
            Rules = Enumerable.Range(0, Bands.Length).Select(i => new Rule
            {
                RuleName = Bands[i],
                Expression = i + 1 < Bands.Length ? $"score >= {BandMin[i]} AND score < {BandMin[i + 1]}" : $"score >= {BandMin[i]}",
            }).ToList(),
        };
    }
}

/// <summary>The 12 DII answers of one firm as a plain object: what a peer engine takes as input.</summary>
public sealed class DiiFirm
{
    /// <summary>Question ids in rules/reference/eurostat-dii-2023.yaml, in the order of <see cref="Properties"/>.</summary>
    public static readonly string[] Indicators =
    [
        "internet_access_majority", "fast_broadband", "ecommerce_sales", "web_sales_b2c", "cloud_any", "cloud_sophisticated",
        "social_media_two", "social_media", "data_analytics", "ai_any", "erp", "crm",
    ];

    public static readonly string[] Properties =
    [
        nameof(InternetAccessMajority), nameof(FastBroadband), nameof(EcommerceSales), nameof(WebSalesB2c), nameof(CloudAny), nameof(CloudSophisticated),
        nameof(SocialMediaTwo), nameof(SocialMedia), nameof(DataAnalytics), nameof(AiAny), nameof(Erp), nameof(Crm),
    ];

    public bool InternetAccessMajority { get; set; }
    public bool CloudAny { get; set; }
    public bool FastBroadband { get; set; }
    public bool EcommerceSales { get; set; }
    public bool WebSalesB2c { get; set; }
    public bool Erp { get; set; }
    public bool Crm { get; set; }
    public bool SocialMedia { get; set; }
    public bool CloudSophisticated { get; set; }
    public bool AiAny { get; set; }
    public bool DataAnalytics { get; set; }
    public bool SocialMediaTwo { get; set; }

    /// <summary>Set by the NRules band rules.</summary>
    public int Level { get; set; } = -1;

    public static DiiFirm From(AnswerSheet sheet)
    {
        var firm = new DiiFirm();
        for (var i = 0; i < Indicators.Length; i++)
        {
            var value = sheet.Answers.TryGetValue(Indicators[i], out var a) && a.BooleanValue;
            typeof(DiiFirm).GetProperty(Properties[i])!.SetValue(firm, value);
        }

        return firm;
    }

    public int Score() => (InternetAccessMajority ? 1 : 0) + (CloudAny ? 1 : 0) + (FastBroadband ? 1 : 0) + (EcommerceSales ? 1 : 0)
        + (WebSalesB2c ? 1 : 0) + (Erp ? 1 : 0) + (Crm ? 1 : 0) + (SocialMedia ? 1 : 0) + (CloudSophisticated ? 1 : 0)
        + (AiAny ? 1 : 0) + (DataAnalytics ? 1 : 0) + (SocialMediaTwo ? 1 : 0);

    public DiiFirm Copy() => (DiiFirm)MemberwiseClone();
}

public class DiiVeryLow : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        DiiFirm firm = null!;
        When().Match(() => firm, f => f.Score() < 4);
        Then().Do(_ => firm.SetLevel(0));
    }
}

public class DiiLow : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        DiiFirm firm = null!;
        When().Match(() => firm, f => f.Score() >= 4 && f.Score() < 7);
        Then().Do(_ => firm.SetLevel(1));
    }
}

public class DiiHigh : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        DiiFirm firm = null!;
        When().Match(() => firm, f => f.Score() >= 7 && f.Score() < 10);
        Then().Do(_ => firm.SetLevel(2));
    }
}

public class DiiVeryHigh : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        DiiFirm firm = null!;
        When().Match(() => firm, f => f.Score() >= 10);
        Then().Do(_ => firm.SetLevel(3));
    }
}

/// <summary>An action must be a method call (NRules compiles it into an expression tree).</summary>
public static class DiiFirmLevel
{
    public static void SetLevel(this DiiFirm firm, int level) => firm.Level = level;
}
