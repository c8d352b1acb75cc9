using System;
using System.Globalization;
using System.IO;
using Maturity.Answers;
using Maturity.Hosting;
using Maturity.Output;
using Maturity.Questionnaire;
using Maturity.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Maturity.Samples.Web.Storage;

/// <summary>First-run demo data: two advisers and, for each, a few synthetic firms from samples/companies
/// with two completed campaigns (the "beginner" answers a year ago, the "intermediate" answers now), so the
/// portfolio report and campaign progress have something to show.</summary>
public static class DemoData
{
    /// <summary>The demo advisers: login, display name, password (also in the sample's README).</summary>
    public static readonly (string Login, string Name, string Password, string[] Sectors)[] Advisers =
    [
        ("camille", "Camille Martin", "camille-demo", ["health", "retail", "services"]),
        ("hugo", "Hugo Lefebvre", "hugo-demo", ["construction", "hospitality", "industry"]),
    ];

    /// <summary>Seeds an empty database; does nothing when advisers exist.</summary>
    public static void EnsureCreated(IServiceProvider services, string companiesFolder)
    {
        var db = services.GetRequiredService<Database>();
        using (var c = db.Open())
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT COUNT(*) FROM advisers";
            if ((long)cmd.ExecuteScalar()! > 0)
            {
                return;
            }
        }

        var advisers = services.GetRequiredService<AdviserStore>();
        var firms = services.GetRequiredService<FirmStore>();
        var engine = services.GetRequiredService<IMaturityEngine>();
        var serial = 0;
        foreach (var (login, name, password, sectors) in Advisers)
        {
            advisers.Add(login, name, password);
            foreach (var sector in sectors)
            {
                var before = Path.Combine(companiesFolder, sector, "beginner.yaml");
                var after = Path.Combine(companiesFolder, sector, "intermediate.yaml");
                if (!File.Exists(before) || !File.Exists(after))
                {
                    continue;
                }

                var now = AnswerFile.Load(after).Sheet!;
                var company = now.Company;
                var siret = "8000000000" + (++serial).ToString("0000", CultureInfo.InvariantCulture);
                var date = company.AssessedOn ?? new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
                var id = firms.Add(login, company.Name ?? company.Id, siret, company.Naf ?? "", company.Territory ?? "80", company.Employees ?? 1, date.AddYears(-1))!.Value;
                var firm = firms.Find(login, id)!;
                Seed(firms, engine, firm, AnswerFile.Load(before).Sheet!, date.AddYears(-1));
                Seed(firms, engine, firm, now, date);
            }
        }
    }

    private static void Seed(FirmStore firms, IMaturityEngine engine, Firm firm, AnswerSheet sample, DateTime date)
    {
        var rules = engine.Current.FindFor(sample)!;
        var builder = AnswerSheet.For(Web.Assessments.Company(firm, date));
        foreach (var pair in sample.Answers)
        {
            builder.Set(pair.Key, pair.Value);
        }

        var sheet = builder.Build();
        var (adviser, firmId) = (firm.Adviser, firm.Id);
        var result = rules.Assess(sheet);
        var state = QuestionnaireState.Compute(rules, sheet);
        var json = AnswersDocument.Write(sheet, rules.Id);
        var campaign = firms.StartCampaign(adviser, firmId, rules.Id, rules.Version, rules.Hash, json, state.Progress.Answered, state.Progress.Asked, date)!.Value;
        firms.Complete(adviser, firmId, campaign, json, AssessmentJson.Write(result), result.Score, result.Level?.Id, state.Progress.Answered, state.Progress.Asked, date);
    }
}
