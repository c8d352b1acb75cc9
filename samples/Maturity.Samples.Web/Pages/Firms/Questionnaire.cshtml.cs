using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Output;
using Maturity.Questionnaire;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Maturity.Scoring;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Pages.Firms;

/// <summary>The questionnaire of a firm's open campaign, one section per page. Every post saves the draft;
/// "finish" scores it once every asked question is answered. The Preview handler answers the page script
/// with the questions asked for the values on screen, without saving.</summary>
public sealed class QuestionnaireModel(FirmStore firms, Assessments assessments, TimeProvider clock, Ui ui) : AdviserPage
{
    public Firm Firm { get; private set; } = null!;

    public AssessmentRecord Record { get; private set; } = null!;

    public QuestionnaireState State { get; private set; } = null!;

    public QuestionnaireSection Section { get; private set; } = null!;

    public ISet<string> Unreadable { get; } = new HashSet<string>(StringComparer.Ordinal);

    public bool Saved { get; private set; }

    public bool NotReady { get; private set; }

    public bool RulesChanged { get; private set; }

    public QuestionnaireSection? Previous => Neighbour(-1);

    public QuestionnaireSection? Next => Neighbour(+1);

    public IActionResult OnGet(long id, string? section, bool saved, bool incomplete)
    {
        if (Load(id) is { } redirect)
        {
            return redirect;
        }

        (Saved, NotReady) = (saved, incomplete);
        return Show(section);
    }

    public IActionResult OnPost(long id, string? section, string? action)
    {
        if (Load(id) is { } redirect)
        {
            return redirect;
        }

        if (Resolve(section) is not { } current)
        {
            return NotFound();
        }

        var sheet = AnswerForm.Apply(State.Answers, current, Request.Form, Unreadable);
        // Answers to questions that this change stopped asking are dropped, so the draft stays valid.
        var kept = QuestionnaireState.Compute(State.RuleSet, sheet, ui.Language).AskedAnswersOnly();
        State = QuestionnaireState.Compute(State.RuleSet, kept, ui.Language);
        var json = AnswersDocument.Write(kept, State.RuleSet.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        firms.SaveDraft(Adviser, id, Record.Campaign, json, State.Progress.Answered, State.Progress.Asked, now);
        if (Unreadable.Count > 0)
        {
            Section = State.FindSection(current.Id)!;
            return Page();
        }

        switch (action)
        {
            case "finish" when State.ReadyToScore:
                var result = State.RuleSet.Assess(kept);
                firms.Complete(Adviser, id, Record.Campaign, json, AssessmentJson.Write(result), result.Score, result.Level?.Id, State.Progress.Answered, State.Progress.Asked, now);
                return Redirect("/firms/" + id + "/report/" + Record.Campaign);
            case "finish":
                var todo = State.Sections.FirstOrDefault(s => !s.Progress.IsComplete || s.Questions.Any(q => q.Problems.Count > 0)) ?? current;
                return Redirect(SectionUrl(id, todo.Id) + "?incomplete=true");
            case "next":
                Section = State.FindSection(current.Id)!;
                return Redirect(SectionUrl(id, (Next ?? current).Id));
            case "previous":
                Section = State.FindSection(current.Id)!;
                return Redirect(SectionUrl(id, (Previous ?? current).Id));
            default:
                return Redirect(SectionUrl(id, current.Id) + "?saved=true");
        }
    }

    public IActionResult OnPostPreview(long id, string? section)
    {
        if (Load(id) is not null || Resolve(section) is not { } current)
        {
            return NotFound();
        }

        var sheet = AnswerForm.Apply(State.Answers, current, Request.Form, Unreadable);
        var state = QuestionnaireState.Compute(State.RuleSet, sheet, ui.Language);
        var here = state.FindSection(current.Id)!;
        return new JsonResult(new
        {
            asked = here.Questions.Where(q => q.IsAsked).Select(q => q.Id).ToArray(),
            section = new
            {
                id = here.Id,
                answered = here.Progress.Answered,
                asked = here.Progress.Asked,
                text = ui.AnsweredOf(here.Progress.Answered, here.Progress.Asked),
            },
            total = new
            {
                answered = state.Progress.Answered,
                asked = state.Progress.Asked,
                text = ui.AnsweredOf(state.Progress.Answered, state.Progress.Asked),
            },
        });
    }

    private static string SectionUrl(long id, string section) => "/firms/" + id + "/questionnaire/" + Uri.EscapeDataString(section);

    /// <summary>Loads the adviser's firm and its open campaign; a redirect or 404 when there is none.</summary>
    private IActionResult? Load(long id)
    {
        if (firms.Find(Adviser, id) is not { } firm)
        {
            return NotFound();
        }

        var campaigns = firms.Campaigns(Adviser, id);
        if (campaigns.Count == 0 || campaigns[^1].IsCompleted)
        {
            return Redirect("/firms/" + id);
        }

        (Firm, Record) = (firm, campaigns[^1]);
        if (assessments.State(Record, ui.Language) is not { } state)
        {
            return NotFound();
        }

        State = state;
        RulesChanged = state.RuleSet.Hash != Record.RuleSetHash;
        return null;
    }

    private QuestionnaireSection? Resolve(string? section) =>
        section is null
            ? State.Sections.FirstOrDefault(s => s.HasAskedQuestions && !s.Progress.IsComplete) ?? State.Sections[0]
            : State.FindSection(section);

    private IActionResult Show(string? section)
    {
        if (Resolve(section) is not { } current)
        {
            return NotFound();
        }

        Section = current;
        return Page();
    }

    private QuestionnaireSection? Neighbour(int step)
    {
        for (var i = Section.Index + step; i >= 0 && i < State.Sections.Count; i += step)
        {
            if (State.Sections[i].HasAskedQuestions)
            {
                return State.Sections[i];
            }
        }

        return null;
    }
}
