using Maturity.Model;
using Maturity.Scoring;
using Maturity.Tests.Scoring;

namespace Maturity.Tests.Answers;

/// <summary>One small rule set with every question type, shared by the answers tests.</summary>
internal static class AnswerTestRules
{
    public static RuleSet Instance { get; } = ScoringKit.Rules("""
        dimensions:
          - id: d
            title: D
            questions:
              - { id: ok, type: boolean, text: Ok }
              - { id: opt, type: boolean, na: true, text: Optional }
              - id: level
                type: choice
                text: Level
                answers: [{ id: low, points: 0, label: Low }, { id: mid, points: 1, label: Mid }, { id: top, points: 2, label: Top }]
              - id: tools
                type: multi
                text: Tools
                answers: [{ id: crm, points: 1, label: CRM }, { id: erp, points: 1, label: ERP }, { id: web, points: 1, label: Web }]
              - { id: skill, type: scale, min: 0, max: 4, text: Skill }
              - { id: share, type: percent, text: Share }
              - { id: staff, type: number, min: 0, max: 10000, text: Staff }
              - { id: plan, type: boolean, when: staff >= 10, text: Plan }
        recommendations:
          - { id: has-crm, when: "'crm' in tools", effort: low, text: Uses a CRM }
          - { id: many-tools, when: count(tools) >= 1, effort: low, text: Uses tools }
        """);
}
