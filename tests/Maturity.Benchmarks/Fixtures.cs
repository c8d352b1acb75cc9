using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Benchmarks;

/// <summary>Rule sets and answer sheets shared by the benchmarks; built once per benchmark class.</summary>
internal static class Fixtures
{
    public static string Root { get; } = FindRoot();

    public static string RulesFolder { get; } = Path.Combine(Root, "rules");

    /// <summary>A sample company's answers (a path under samples/companies).</summary>
    public static AnswerSheet Sample(string relativePath) => AnswerFile.Load(Path.Combine(Root, "samples", "companies", relativePath)).Sheet!;

    /// <summary>The sheet's answers set in a new vector of <paramref name="ruleSet"/>, slot by slot.</summary>
    public static AnswerVector Vector(RuleSet ruleSet, AnswerSheet sheet)
    {
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        foreach (var pair in sheet.Answers)
        {
            vector.Set(layout.SlotOf(pair.Key), pair.Value);
        }

        if (vector.HasProblems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, vector.Problems));
        }

        return vector;
    }

    public static IReadOnlyList<RuleSet> LoadAll()
    {
        var loaded = RuleSetLoader.LoadDirectory(RulesFolder);
        if (!loaded.Success)
        {
            throw new InvalidOperationException("rules/ does not load: " + string.Join(Environment.NewLine, loaded.Diagnostics));
        }

        return loaded.RuleSets;
    }

    public static RuleSet Core(IReadOnlyList<RuleSet> all) => all.Single(r => r.Id == "core");

    /// <summary>The rule set with the most questions (after <c>extends</c> is resolved).</summary>
    public static RuleSet Largest(IReadOnlyList<RuleSet> all) =>
        all.OrderByDescending(r => r.Questions.Count).ThenBy(r => r.Id, StringComparer.Ordinal).First();

    /// <summary>A realistic, complete core answer sheet: a 12-person firm mid-way (the core part of
    /// samples/companies/retail/intermediate.yaml).</summary>
    public static AnswerSheet CoreSheet() =>
        AnswerSheet.For(new CompanyInfo("80-CORE-001", "Test SARL", "62.01Z", 12, "80"))
            .Set("digital_plan", "informal")
            .Set("digital_owner", true)
            .Set("digital_budget_share", 2)
            .Set("online_presence", "business_listing", "social_media", "website", "online_booking")
            .Set("digital_kpis", true)
            .Set("connectivity", "ultrafast")
            .Set("business_software", "accounting", "invoicing", "crm", "scheduling", "stock")
            .Set("cloud_use", "partial")
            .Set("einvoicing_ready", false)
            .Set("device_management", "inventory")
            .Set("remote_work", false)
            .Set("headcount", 12)
            .Set("digital_training", "some")
            .Set("training_plan", false)
            .Set("digital_skills_level", 2)
            .Set("staff_involvement", true)
            .Set("it_charter", false)
            .Set("backup_tested", true)
            .Set("mfa", false)
            .Set("security_updates", "automatic")
            .Set("security_awareness", "some")
            .Set("incident_plan", false)
            .Set("gdpr_register", true)
            .Set("data_driven", "sales_dashboard", "cost_tracking")
            .Set("process_automation", "invoicing_reminders", "customer_messages")
            .Set("tool_integration", "exports")
            .Set("ai_use", "pilot")
            .Set("ai_policy", false)
            .Set("connected_equipment", true)
            .Set("equipment_lifespan", "medium")
            .Set("refurbished_share", 10)
            .Set("weee_recycling", true)
            .Set("energy_settings", false)
            .Set("ecodesign_web", false)
            .Set("green_criteria", false)
            .Build();

    /// <summary>Answers every question of <paramref name="ruleSet"/> with a mid value (middle option, half
    /// the options ticked, middle of a scale or range). Conditional questions are kept only when the
    /// resulting sheet still validates, so no hidden question is answered.</summary>
    public static AnswerSheet MidSheet(RuleSet ruleSet)
    {
        // The sheet is assessed against this rule set directly, so no NAF code is needed to select it (a prefix
        // such as "35" is not a NAF sub-class and is refused since the official list is checked).
        var company = new CompanyInfo("BENCH-" + ruleSet.Id, "Benchmark SAS", (string?)null, 25, "80");
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var q in ruleSet.Questions.Where(q => q.When is null))
        {
            answers[q.Id] = Mid(q);
        }

        foreach (var q in ruleSet.Questions.Where(q => q.When is not null))
        {
            answers[q.Id] = Mid(q);
            if (ruleSet.ValidateAnswers(Build(company, answers)).Count > 0)
            {
                answers.Remove(q.Id);
            }
        }

        var sheet = Build(company, answers);
        var problems = ruleSet.ValidateAnswers(sheet);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("generated answers are invalid: " + string.Join(Environment.NewLine, problems));
        }

        return sheet;
    }

    private static AnswerSheet Build(CompanyInfo company, Dictionary<string, Answer> answers)
    {
        var b = AnswerSheet.For(company);
        foreach (var pair in answers)
        {
            b.Set(pair.Key, pair.Value);
        }

        return b.Build();
    }

    private static Answer Mid(Question q) => q.Type switch
    {
        QuestionType.Boolean => Answer.Of(q.Index % 2 == 0),
        QuestionType.Choice => Answer.Choice(q.Options[q.Options.Count / 2].Id),
        QuestionType.Multi => Answer.Choices(q.Options.Take(Math.Max(1, q.Options.Count / 2)).Select(o => o.Id)),
        QuestionType.Scale => Answer.Of(Math.Floor(((q.Min ?? 0) + (q.Max ?? 0)) / 2)),
        QuestionType.Percent => Answer.Of(50),
        _ => Answer.Of(q.Min is { } min && q.Max is { } max ? Math.Floor((min + max) / 2) : q.Min ?? 10),
    };

    private static string FindRoot()
    {
        // BenchmarkDotNet runs the code from a generated project under bin/, so walk up from both places.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maturity.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is not null)
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Maturity.sln not found above " + AppContext.BaseDirectory);
    }
}
