using System;

namespace Maturity.Samples.Crm;

/// <summary>A company record as a CRM holds it: identity, registry data, and a few yes/no fields that
/// account managers tick after a visit. None of it was collected for a maturity assessment.</summary>
public sealed record Account
{
    public required string AccountId { get; init; }

    public required string Name { get; init; }

    /// <summary>14-digit establishment number (SIREN + NIC).</summary>
    public required string Siret { get; init; }

    /// <summary>NAF/APE code as the registry prints it, e.g. <c>86.22C</c>.</summary>
    public required string NafCode { get; init; }

    public int Headcount { get; init; }

    /// <summary>Département code, e.g. <c>80</c> (Somme).</summary>
    public required string Departement { get; init; }

    public bool HasWebsite { get; init; }

    public bool SellsOnline { get; init; }

    public bool HasSocialMedia { get; init; }

    public bool UsesCloudAccounting { get; init; }

    public bool UsesCrm { get; init; }

    public bool UsesInvoicingSoftware { get; init; }

    public bool HasMfa { get; init; }

    public bool BackupsTested { get; init; }

    public bool HasDigitalReferent { get; init; }

    public bool EInvoicingReady { get; init; }

    public bool KeepsGdprRegister { get; init; }

    public bool UsesAi { get; init; }

    public string? Notes { get; init; }

    public DateTime LastVisit { get; init; }
}
