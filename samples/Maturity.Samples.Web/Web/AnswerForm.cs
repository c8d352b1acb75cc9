using System.Collections.Generic;
using System.Globalization;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Questionnaire;
using Microsoft.AspNetCore.Http;

namespace Maturity.Samples.Web.Web;

/// <summary>The questionnaire form of one section, to answers and back. Fields: <c>q.{id}</c> holds the value
/// (several for a multiple-choice question, <see cref="NoneTicked"/> for "none of these"), <c>na.{id}</c> the
/// "not applicable" box. A question whose fields are absent (not shown, or left blank) has no answer.</summary>
public static class AnswerForm
{
    /// <summary>The value of the "none of these" box of a multiple-choice question: answered, nothing ticked.</summary>
    public const string NoneTicked = "__none";

    /// <summary>Form field of a question's value.</summary>
    public static string Field(string questionId) => "q." + questionId;

    /// <summary>Form field of a question's "not applicable" box.</summary>
    public static string NaField(string questionId) => "na." + questionId;

    /// <summary>Applies the posted fields of <paramref name="section"/>'s questions to <paramref name="sheet"/>;
    /// numbers that cannot be read are left out and listed in <paramref name="unreadable"/>.</summary>
    public static AnswerSheet Apply(AnswerSheet sheet, QuestionnaireSection section, IFormCollection form, ISet<string> unreadable)
    {
        var builder = AnswerSheet.For(sheet.Company);
        if (sheet.RuleSetId is { } id)
        {
            builder.UseRuleSet(id);
        }

        var inSection = new HashSet<string>();
        foreach (var q in section.Questions)
        {
            inSection.Add(q.Id);
        }

        foreach (var pair in sheet.Answers)
        {
            if (!inSection.Contains(pair.Key))
            {
                builder.Set(pair.Key, pair.Value);
            }
        }

        foreach (var q in section.Questions)
        {
            if (Read(q.Question, form, out var bad) is { } answer)
            {
                builder.Set(q.Id, answer);
            }
            else if (bad)
            {
                unreadable.Add(q.Id);
                if (sheet.Answers.TryGetValue(q.Id, out var kept))
                {
                    builder.Set(q.Id, kept);
                }
            }
        }

        return builder.Build();
    }

    private static Answer? Read(Question q, IFormCollection form, out bool unreadable)
    {
        unreadable = false;
        if (q.AllowsNotApplicable && form[NaField(q.Id)] == "on")
        {
            return Answer.NotApplicable;
        }

        var values = form[Field(q.Id)];
        if (values.Count == 0)
        {
            return null;
        }

        var first = values[0] ?? string.Empty;
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return first switch { "true" => Answer.Of(true), "false" => Answer.Of(false), _ => null };
            case QuestionType.Choice:
                return first.Length == 0 ? null : Answer.Choice(first);
            case QuestionType.Multi:
                var ticked = new List<string>();
                foreach (var v in values)
                {
                    if (v == NoneTicked)
                    {
                        return Answer.Choices();
                    }

                    if (!string.IsNullOrEmpty(v))
                    {
                        ticked.Add(v);
                    }
                }

                return Answer.Choices(ticked);
            default:
                var text = first.Trim().Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace(" ", string.Empty, System.StringComparison.Ordinal).Replace(',', '.');
                if (text.Length == 0)
                {
                    return null;
                }

                if (text.Length <= 32 && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return Answer.Of(number);
                }

                unreadable = true;
                return null;
        }
    }

    /// <summary>The value to show in a number field, in the page language (decimal comma in French), without
    /// thousands separators so that it reads back as typed.</summary>
    public static string NumberText(QuestionState q, HumanFormat human) =>
        q.Answer is { Kind: AnswerKind.Number } a ? human.Number(a.NumberValue, 6).Replace(human.IsFrench ? "\u202F" : ",", string.Empty, System.StringComparison.Ordinal) : string.Empty;
}
