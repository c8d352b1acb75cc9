using System;
using System.Collections.Generic;

namespace Maturity.Samples.Crm;

/// <summary>A few accounts as a regional CRM would hold them (Picardie: Somme 80, Oise 60, Aisne 02).</summary>
public static class CrmData
{
    public static IReadOnlyList<Account> Accounts() =>
    [
        new Account
        {
            AccountId = "ACC-0001", Name = "Boulangerie Dufour", Siret = "41234567800019", NafCode = "10.71C",
            Headcount = 6, Departement = "80", HasWebsite = false, HasSocialMedia = true, UsesInvoicingSoftware = true,
            Notes = "Interested in click-and-collect before Christmas.", LastVisit = new DateTime(2025, 3, 12),
        },
        new Account
        {
            AccountId = "ACC-0002", Name = "Clinique du Vimeu", Siret = "52345678900027", NafCode = "86.10Z",
            Headcount = 85, Departement = "80", HasWebsite = true, HasSocialMedia = true, UsesCloudAccounting = true,
            UsesInvoicingSoftware = true, UsesCrm = true, HasMfa = false, BackupsTested = true, HasDigitalReferent = true,
            KeepsGdprRegister = true, Notes = "IT outsourced; DPO shared with another clinic.", LastVisit = new DateTime(2025, 2, 3),
        },
        new Account
        {
            AccountId = "ACC-0003", Name = "Quincaillerie Martin", Siret = "63456789000035", NafCode = "47.52B",
            Headcount = 3, Departement = "02", HasWebsite = true, SellsOnline = false, UsesCloudAccounting = false,
            Notes = null, LastVisit = new DateTime(2025, 4, 22),
        },
        new Account
        {
            AccountId = "ACC-0004", Name = "Association Somme Solidaire", Siret = "74567890100043", NafCode = "94.99Z",
            Headcount = 12, Departement = "80", HasWebsite = true, HasSocialMedia = true, UsesCloudAccounting = true,
            HasMfa = true, UsesAi = true, Notes = "No sector rule set: assessed with the core rule set.", LastVisit = new DateTime(2025, 1, 20),
        },
    ];

    /// <summary>The same accounts after account managers updated some flags.</summary>
    public static Account SixMonthsLater(Account account) => account.AccountId switch
    {
        "ACC-0001" => account with { HasWebsite = true, SellsOnline = true, UsesCloudAccounting = true, LastVisit = account.LastVisit.AddMonths(6) },
        "ACC-0002" => account with { HasMfa = true, EInvoicingReady = true, UsesAi = true, LastVisit = account.LastVisit.AddMonths(6) },
        "ACC-0004" => account with { HasMfa = false, Notes = "MFA switched off after a phone change; follow up.", LastVisit = account.LastVisit.AddMonths(6) },
        "ACC-0003" => account with { UsesCloudAccounting = true, UsesInvoicingSoftware = true, LastVisit = account.LastVisit.AddMonths(6) },
        _ => account with { LastVisit = account.LastVisit.AddMonths(6) },
    };
}
