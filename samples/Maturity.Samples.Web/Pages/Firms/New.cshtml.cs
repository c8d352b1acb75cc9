using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Questionnaire;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Pages.Firms;

/// <summary>Adds a firm to the adviser's portfolio and opens its first campaign with the rule set its NAF code selects.</summary>
public sealed partial class NewFirmModel(FirmStore firms, Assessments assessments, TimeProvider clock) : AdviserPage
{
    public string? Name { get; private set; }

    public string? Siret { get; private set; }

    public string? Naf { get; private set; }

    public string? Departement { get; private set; }

    public string? Employees { get; private set; }

    /// <summary>Keys of the interface texts explaining each problem.</summary>
    public List<string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? name, string? siret, string? naf, string? departement, string? employees)
    {
        (Name, Siret, Naf, Departement, Employees) = (name?.Trim(), siret, naf?.Trim(), departement?.Trim(), employees);
        var digits = new string((siret ?? string.Empty).Where(c => c != ' ').ToArray());
        if (string.IsNullOrEmpty(Name) || Name.Length > 200)
        {
            Errors.Add("firm.bad.name");
        }

        if (!SiretPattern().IsMatch(digits))
        {
            Errors.Add("firm.bad.siret");
        }

        if (Naf is null || !NafCode.IsValidCode(Naf))
        {
            Errors.Add("firm.bad.naf");
        }

        var dep = Departement?.ToUpperInvariant();
        if (dep is null || !DepartementPattern().IsMatch(dep))
        {
            Errors.Add("firm.bad.departement");
        }

        if (!int.TryParse(employees, NumberStyles.None, CultureInfo.InvariantCulture, out var staff) || staff > 1_000_000)
        {
            Errors.Add("firm.bad.employees");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var nafCode = NafCode.Normalize(Naf!);
        var id = firms.Add(Adviser, Name!, digits, nafCode, dep!, staff, now);
        if (id is null)
        {
            Errors.Add("firm.duplicate");
            return Page();
        }

        var firm = firms.Find(Adviser, id.Value)!;
        var rules = assessments.ForNaf(nafCode);
        var sheet = AnswerSheet.For(Assessments.Company(firm, now)).Build();
        var state = QuestionnaireState.Compute(rules, sheet);
        firms.StartCampaign(Adviser, firm.Id, rules.Id, rules.Version, rules.Hash, AnswersDocument.Write(sheet, rules.Id), 0, state.Progress.Asked, now);
        return Redirect("/firms/" + firm.Id + "/questionnaire");
    }

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex SiretPattern();

    // Metropolitan départements 01–95 (Corsica as 2A/2B) and the overseas ones 971–976.
    [GeneratedRegex("^(0[1-9]|1[0-9]|2[1-9]|2A|2B|[3-8][0-9]|9[0-5]|97[1-6])$")]
    private static partial Regex DepartementPattern();
}
