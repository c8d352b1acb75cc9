namespace Maturity.Cli.Tests;

/// <summary>Answer files used by the tests, scored against rules/core.yaml.</summary>
internal static class Answers
{
    /// <summary>Every core question answered validly (a 12-person firm, mid-way).</summary>
    public const string CoreFull = """
        company: {id: "80-CORE-001", name: Test SARL, naf: "62.01Z", employees: 12}
        answers:
          digital_plan: informal
          digital_owner: true
          digital_budget_share: 2
          online_presence: [business_listing, social_media, website, online_booking]
          digital_kpis: true
          connectivity: ultrafast
          business_software: [accounting, invoicing, crm, scheduling, stock]
          cloud_use: partial
          einvoicing_ready: false
          device_management: inventory
          remote_work: false
          headcount: 12
          digital_training: some
          training_plan: false
          digital_skills_level: 2
          staff_involvement: true
          it_charter: false
          backup_tested: true
          mfa: false
          security_updates: automatic
          security_awareness: some
          incident_plan: false
          gdpr_register: true
          data_driven: [sales_dashboard, cost_tracking]
          process_automation: [invoicing_reminders, customer_messages]
          tool_integration: exports
          ai_use: pilot
          ai_policy: false
          connected_equipment: true
          equipment_lifespan: medium
          refurbished_share: 10
          weee_recycling: true
          energy_settings: false
          ecodesign_web: false
          green_criteria: false
        """;

    /// <summary>Two invalid answers at known positions: an unknown option (line 3, column 3)
    /// and an unknown question (line 4, column 3).</summary>
    public const string Invalid = """
        company: {id: "x", naf: "62.01Z"}
        answers:
          digital_plan: bogus
          no_such_question: true
          mfa: true
        """;
}
