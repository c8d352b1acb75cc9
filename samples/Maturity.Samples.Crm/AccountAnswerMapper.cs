using System.Collections.Generic;
using Maturity.Answers;

namespace Maturity.Samples.Crm;

/// <summary>Turns CRM fields into answers to questions of the shipped <c>core</c> rule set
/// (rules/core.yaml). Only what a field really tells is answered: a CRM "false" often means
/// "nobody checked", so several fields answer only when true. Every other question stays
/// unanswered, which lowers the result's coverage (and, with <c>unanswered: zero</c>, its score).</summary>
public static class AccountAnswerMapper
{
    public static AnswerSheet ToAnswers(Account account)
    {
        var company = new CompanyInfo(account.AccountId, account.Name, account.NafCode, account.Headcount, account.Departement, account.LastVisit);
        var sheet = AnswerSheet.For(company)
            .Set("headcount", account.Headcount)
            .Set("digital_owner", account.HasDigitalReferent)
            .Set("mfa", account.HasMfa)
            .Set("backup_tested", account.BackupsTested)
            .Set("einvoicing_ready", account.EInvoicingReady)
            .Set("gdpr_register", account.KeepsGdprRegister)
            // A tick box cannot tell a pilot from company-wide use: "used" is mapped to the lowest level that is true.
            .Set("ai_use", account.UsesAi ? "pilot" : "none");

        var presence = new List<string>();
        if (account.HasWebsite)
        {
            presence.Add("website");
        }

        if (account.HasSocialMedia)
        {
            presence.Add("social_media");
        }

        if (account.SellsOnline)
        {
            presence.Add("online_sales");
        }

        sheet.Set("online_presence", presence.ToArray());

        var software = new List<string>();
        if (account.UsesCloudAccounting)
        {
            software.Add("accounting");
        }

        if (account.UsesInvoicingSoftware)
        {
            software.Add("invoicing");
        }

        if (account.UsesCrm)
        {
            software.Add("crm");
        }

        sheet.Set("business_software", software.ToArray());

        // Cloud accounting proves some cloud use; its absence proves nothing, so the question stays unanswered then.
        if (account.UsesCloudAccounting)
        {
            sheet.Set("cloud_use", "partial");
        }

        return sheet.Build();
    }
}
