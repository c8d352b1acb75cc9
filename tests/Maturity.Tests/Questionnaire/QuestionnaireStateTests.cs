using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Questionnaire;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Questionnaire;

/// <summary>The questionnaire state: asked / not yet asked / not asked along <c>when</c> chains, N/A,
/// per-question problems identical to assessment's, progress, readiness, and every shipped rule set.</summary>
public class QuestionnaireStateTests
{
    // b is asked when a is yes; c when b is 'most' or more; d always; e reads a and d.
    private const string Chain = """
        dimensions:
          - id: d1
            title: { en: First, fr: Premier }
            questions:
              - { id: a, type: boolean, text: { en: "A?", fr: "A ?" }, help: { en: Help A, fr: Aide A } }
              - id: b
                type: choice
                when: a
                text: B
                answers:
                  - { id: none, points: 0, label: { en: None, fr: Aucun } }
                  - { id: some, points: 1, label: { en: Some, fr: Un peu } }
                  - { id: most, points: 2, label: { en: Most, fr: Surtout } }
            groups:
              - id: g1
                title: Group
                questions:
                  - { id: c, type: boolean, when: "b >= 'most'", text: C }
          - id: d2
            title: Second
            questions:
              - { id: d, type: scale, min: 0, max: 3, na: true, labels: { 0: { en: Zero, fr: Zéro } }, text: D }
              - { id: e, type: multi, when: "a and answered(d)", text: E, answers: [ { id: x, points: 1, label: X }, { id: y, points: 1, label: Y } ] }
        """;

    private static QuestionnaireState State(AnswerSheetBuilder sheet, string? language = null) =>
        QuestionnaireState.Compute(BilingualChain(), sheet.Build(), language);

    private static RuleSet BilingualChain()
    {
        var yaml = "ruleset: t\nversion: 1.0.0\ntitle: Test\nlanguages: [en, fr]\n" + Chain;
        var loaded = RuleSetLoader.LoadText(yaml, "t.yaml");
        loaded.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        return loaded.RuleSets.Single();
    }

    private static QuestionVisibility V(QuestionnaireState s, string id) => s.FindQuestion(id)!.Visibility;

    [Fact]
    public void Compute_EmptySheet_QuestionsReadingUnansweredOnesAreNotYetAsked()
    {
        var s = State(Sheet());

        V(s, "a").Should().Be(QuestionVisibility.Asked);
        V(s, "b").Should().Be(QuestionVisibility.Pending);
        V(s, "c").Should().Be(QuestionVisibility.Pending, "its condition reads b, which is itself not yet asked");
        V(s, "d").Should().Be(QuestionVisibility.Asked);
        V(s, "e").Should().Be(QuestionVisibility.Pending);
        s.Progress.Should().Be(new QuestionnaireProgress(0, 2));
        s.ReadyToScore.Should().BeFalse();
        s.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Compute_WhenChain_QuestionsAppearAndDisappearAsAnswersChange()
    {
        var yes = State(Sheet().Set("a", true));
        V(yes, "b").Should().Be(QuestionVisibility.Asked);
        V(yes, "c").Should().Be(QuestionVisibility.Pending);

        var most = State(Sheet().Set("a", true).Set("b", "most"));
        V(most, "c").Should().Be(QuestionVisibility.Asked);

        var some = State(Sheet().Set("a", true).Set("b", "some"));
        V(some, "c").Should().Be(QuestionVisibility.NotAsked);

        var no = State(Sheet().Set("a", false));
        V(no, "b").Should().Be(QuestionVisibility.NotAsked);
        V(no, "c").Should().Be(QuestionVisibility.NotAsked, "b is settled as not asked, so c's condition is settled too");
        V(no, "e").Should().Be(QuestionVisibility.Pending, "its condition also reads d, still unanswered: not settled yet, even though it is false so far");
        V(State(Sheet().Set("a", false).Set("d", 1)), "e").Should().Be(QuestionVisibility.NotAsked);
    }

    [Fact]
    public void Compute_CompleteValidAnswers_ReadyToScoreAndAssessmentAgrees()
    {
        var sheet = Sheet().Set("a", true).Set("b", "most").Set("c", false).Set("d", 2).Set("e", "x");
        var s = State(sheet);

        s.ReadyToScore.Should().BeTrue();
        s.Progress.Should().Be(new QuestionnaireProgress(5, 5));
        s.Progress.Fraction.Should().Be(1);
        var result = BilingualChain().Assess(sheet.Build());
        result.Coverage.Should().Be(1);
        foreach (var q in s.Questions)
        {
            var asked = result.Questions.Single(r => r.Id == q.Id).State != AnswerState.NotAsked;
            q.IsAsked.Should().Be(asked, q.Id);
        }
    }

    [Fact]
    public void Compute_NotApplicable_CountsAsAnsweredAndSatisfiesAnswered()
    {
        var s = State(Sheet().Set("a", true).NotApplicable("d"));

        var d = s.FindQuestion("d")!;
        d.IsNotApplicable.Should().BeTrue();
        d.IsAnswered.Should().BeTrue();
        d.AllowsNotApplicable.Should().BeTrue();
        d.Choices.Should().OnlyContain(c => !c.IsSelected);
        V(s, "e").Should().Be(QuestionVisibility.Asked, "answered(d) holds for an N/A answer");
        s.FindSection("d2")!.Progress.Should().Be(new QuestionnaireProgress(1, 2));
    }

    [Fact]
    public void Compute_NotApplicableWhereRefused_SameProblemAsAssessment()
    {
        var sheet = Sheet().NotApplicable("a").Build();
        var s = QuestionnaireState.Compute(BilingualChain(), sheet);

        var a = s.FindQuestion("a")!;
        a.IsAnswered.Should().BeFalse();
        a.Problems.Select(p => p.Code).Should().Equal(DiagnosticCodes.NotApplicableNotAllowed);
        s.Problems.Select(p => p.ToString()).Should().Equal(BilingualChain().ValidateAnswers(sheet).Select(p => p.ToString()));
        s.ReadyToScore.Should().BeFalse();
    }

    [Fact]
    public void Compute_InvalidAnswers_ProblemsBelongToTheirQuestionsAndMatchValidation()
    {
        var sheet = Sheet().Set("a", true).Set("b", "lots").Set("d", 9).Set("e", "x", "zz").Set("ghost", true).Build();
        var s = QuestionnaireState.Compute(BilingualChain(), sheet);

        s.FindQuestion("b")!.Problems.Single().Code.Should().Be(DiagnosticCodes.UnknownAnswerOption);
        s.FindQuestion("d")!.Problems.Single().Code.Should().Be(DiagnosticCodes.AnswerOutOfRange);
        s.FindQuestion("e")!.Problems.Single().Message.Should().Contain("'zz'");
        s.FindQuestion("a")!.Problems.Should().BeEmpty();
        s.Problems.Select(p => p.Code).Should().Contain(DiagnosticCodes.UnknownQuestion, "an unknown question belongs to no question state but is still a problem");
        s.Problems.Select(p => p.ToString()).Should().Equal(BilingualChain().ValidateAnswers(sheet).Select(p => p.ToString()));
        V(s, "c").Should().Be(QuestionVisibility.Pending, "b's answer is invalid, so b is still unanswered");
    }

    [Fact]
    public void Compute_AnswerToQuestionNoLongerAsked_ReportedOnThatQuestion_AndAskedAnswersOnlyDropsIt()
    {
        var s = State(Sheet().Set("a", false).Set("b", "most").Set("d", 1));

        var b = s.FindQuestion("b")!;
        b.Visibility.Should().Be(QuestionVisibility.NotAsked);
        b.Problems.Single().Code.Should().Be(DiagnosticCodes.AnswerToHiddenQuestion);
        s.ReadyToScore.Should().BeFalse();

        var kept = s.AskedAnswersOnly();
        kept.Answers.Keys.Should().BeEquivalentTo("a", "d");
        var after = QuestionnaireState.Compute(s.RuleSet, kept);
        after.Problems.Should().BeEmpty();
        after.ReadyToScore.Should().BeTrue();
        after.AskedAnswersOnly().Should().BeSameAs(kept, "nothing left to drop");
    }

    [Fact]
    public void Compute_Language_TextsHelpOptionsAndScaleLabelsInThatLanguage()
    {
        var fr = State(Sheet().Set("a", true).Set("b", "some").Set("d", 0), "fr");
        var en = State(Sheet().Set("a", true).Set("b", "some").Set("d", 0), "en");

        fr.Language.Should().Be("fr");
        fr.FindQuestion("a")!.Text.Should().Be("A ?");
        fr.FindQuestion("a")!.Help.Should().Be("Aide A");
        en.FindQuestion("a")!.Help.Should().Be("Help A");
        fr.FindQuestion("b")!.Choices.Select(c => c.Label).Should().Equal("Aucun", "Un peu", "Surtout");
        fr.FindQuestion("b")!.Choices.Single(c => c.IsSelected).Id.Should().Be("some");
        fr.FindQuestion("d")!.Choices.Select(c => c.Id).Should().Equal("0", "1", "2", "3");
        fr.FindQuestion("d")!.Choices[0].Label.Should().Be("Zéro");
        fr.FindQuestion("d")!.Choices[1].Label.Should().Be("1", "a scale value without a label shows the number");
        fr.FindQuestion("d")!.Choices[0].IsSelected.Should().BeTrue();
        fr.Sections[0].Title.Should().Be("Premier");
        State(Sheet()).Language.Should().Be("en", "the rule set's first language by default");
    }

    [Fact]
    public void Compute_Sections_NodesWithQuestionsInOrderWithTheirDimension()
    {
        var s = State(Sheet().Set("a", true).Set("b", "most").Set("c", true));

        s.Sections.Select(x => x.Id).Should().Equal("d1", "g1", "d2");
        s.Sections.Select(x => x.Index).Should().Equal(0, 1, 2);
        s.FindSection("g1")!.DimensionId.Should().Be("d1");
        s.FindSection("g1")!.DimensionTitle.Should().Be("First");
        s.FindSection("g1")!.Progress.Should().Be(new QuestionnaireProgress(1, 1));
        s.FindSection("d1")!.Progress.Should().Be(new QuestionnaireProgress(2, 2));
        s.FindSection("d2")!.Progress.Should().Be(new QuestionnaireProgress(0, 1), "e waits for d");
        s.Progress.Should().Be(new QuestionnaireProgress(3, 4));
        s.FindSection("nope").Should().BeNull();
        s.Questions.Select(q => q.Id).Should().Equal("a", "b", "c", "d", "e");
    }

    [Fact]
    public void Compute_ConcurrentCalls_SameStatesAsSequential()
    {
        var rules = BilingualChain();
        var sheets = new[]
        {
            Sheet().Set("a", true).Build(),
            Sheet().Set("a", false).Set("b", "most").Build(),
            Sheet().Set("a", true).Set("b", "most").Set("d", 3).Build(),
        };
        var expected = sheets.Select(x => Describe(QuestionnaireState.Compute(rules, x))).ToArray();

        var actual = new string[300];
        Parallel.For(0, actual.Length, i => actual[i] = Describe(QuestionnaireState.Compute(rules, sheets[i % 3])));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % 3]);
        }
    }

    [Fact]
    public void Compute_Null_Throws()
    {
        var rules = BilingualChain();
        FluentActions.Invoking(() => QuestionnaireState.Compute(null!, Sheet().Build())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => QuestionnaireState.Compute(rules, null!)).Should().Throw<ArgumentNullException>();
    }

    public static IEnumerable<object[]> ShippedSamples() =>
        Directory.GetFiles(TestPaths.Samples + "/companies", "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(TestPaths.Samples, f) });

    [Theory]
    [MemberData(nameof(ShippedSamples))]
    public void Compute_ShippedRuleSetAndSample_AskedExactlyWhatAssessmentCounts(string sample)
    {
        var catalog = ShippedCatalog.Value;
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var rules = catalog.FindFor(sheet)!;
        var result = rules.Assess(sheet);

        foreach (var language in rules.Languages)
        {
            var s = QuestionnaireState.Compute(rules, sheet, language);
            s.Problems.Should().BeEmpty();
            s.Questions.Should().HaveCount(rules.Questions.Count);
            s.Sections.Sum(x => x.Questions.Count).Should().Be(rules.Questions.Count, "every question is in exactly one section");
            foreach (var q in s.Questions)
            {
                var r = result.Questions.Single(x => x.Id == q.Id);
                if (q.Visibility != QuestionVisibility.Pending)
                {
                    q.IsAsked.Should().Be(r.State != AnswerState.NotAsked, sample + " " + q.Id);
                }

                q.Text.Should().Be(q.Question.Text.Get(language));
            }

            s.Progress.Answered.Should().Be(s.Questions.Count(q => q.IsAsked && q.IsAnswered));
            s.ReadyToScore.Should().Be(s.Progress.IsComplete && s.Questions.All(q => q.Visibility != QuestionVisibility.Pending));
        }
    }

    [Fact]
    public void Compute_EveryShippedRuleSet_EmptySheetAsksTheUnconditionalQuestions()
    {
        foreach (var rules in ShippedCatalog.Value.RuleSets)
        {
            var s = QuestionnaireState.Compute(rules, AnswerSheet.For(new CompanyInfo("x")).Build());

            s.Problems.Should().BeEmpty(rules.Id);
            s.Progress.Answered.Should().Be(0);
            s.Questions.Where(q => q.Question.When is null).Should().NotBeEmpty().And.OnlyContain(q => q.IsAsked, rules.Id);
            s.Questions.Where(q => q.Question.When is not null).Should().NotContain(q => q.Visibility != QuestionVisibility.Pending, rules.Id + ": every condition reads some question, none answered yet");
            s.Sections.Should().NotBeEmpty();
            s.Sections.Should().OnlyContain(x => x.Questions.Count > 0);
        }
    }

    private static readonly Lazy<RuleSetCatalog> ShippedCatalog = new(() => RuleSetCatalog.FromDirectory(TestPaths.Rules));

    private static string Describe(QuestionnaireState s) =>
        string.Join(";", s.Questions.Select(q => q.Id + "=" + q.Visibility + "/" + q.IsAnswered + "/" + q.Problems.Count)) + " " + s.Progress;
}
