using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Answers;
using Maturity.Questionnaire;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Pages.Firms;

/// <summary>One firm: its campaigns, and a new campaign (a re-run that starts from the last answers).</summary>
public sealed class FirmDetailsModel(FirmStore firms, Assessments assessments, TimeProvider clock) : AdviserPage
{
    public Firm Firm { get; private set; } = null!;

    public IReadOnlyList<AssessmentRecord> Campaigns { get; private set; } = [];

    public bool CanStartCampaign => Campaigns.Count == 0 || Campaigns[^1].IsCompleted;

    public IActionResult OnGet(long id)
    {
        if (firms.Find(Adviser, id) is not { } firm)
        {
            return NotFound();
        }

        (Firm, Campaigns) = (firm, firms.Campaigns(Adviser, id));
        return Page();
    }

    public IActionResult OnPostNewCampaign(long id)
    {
        if (firms.Find(Adviser, id) is not { } firm)
        {
            return NotFound();
        }

        var campaigns = firms.Campaigns(Adviser, id);
        if (campaigns.Count > 0 && !campaigns[^1].IsCompleted)
        {
            return Redirect("/firms/" + id + "/questionnaire");
        }

        // A re-run starts from the last answers, given again for today and for the rules served now.
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = assessments.ForNaf(firm.Naf);
        var builder = AnswerSheet.For(Assessments.Company(firm, now));
        if (campaigns.Count > 0 && campaigns[^1] is { } last)
        {
            foreach (var pair in Assessments.Sheet(last).Answers)
            {
                builder.Set(pair.Key, pair.Value);
            }
        }

        var sheet = QuestionnaireState.Compute(rules, builder.Build()).AskedAnswersOnly();
        var state = QuestionnaireState.Compute(rules, sheet);
        firms.StartCampaign(Adviser, id, rules.Id, rules.Version, rules.Hash, AnswersDocument.Write(sheet, rules.Id), state.Progress.Answered, state.Progress.Asked, now);
        return Redirect("/firms/" + id + "/questionnaire");
    }
}
