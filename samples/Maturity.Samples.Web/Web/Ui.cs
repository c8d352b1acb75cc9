using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;

namespace Maturity.Samples.Web.Web;

/// <summary>The page language (French unless the <c>lang</c> cookie says English) and the interface texts in
/// both languages. Rule-set texts come from the library in the same language.</summary>
public sealed class Ui(IHttpContextAccessor accessor)
{
    /// <summary>The cookie that keeps the chosen language.</summary>
    public const string Cookie = "maturity.lang";

    private static readonly Dictionary<string, (string Fr, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["app"] = ("Maturité numérique", "Digital maturity"),
        ["signin"] = ("Connexion", "Sign in"),
        ["signout"] = ("Se déconnecter", "Sign out"),
        ["login"] = ("Identifiant", "Login"),
        ["password"] = ("Mot de passe", "Password"),
        ["signin.failed"] = ("Identifiant ou mot de passe incorrect.", "Wrong login or password."),
        ["signin.demo"] = ("Comptes de démonstration : camille / camille-demo, hugo / hugo-demo.", "Demo accounts: camille / camille-demo, hugo / hugo-demo."),
        ["portfolio"] = ("Mon portefeuille", "My portfolio"),
        ["portfolio.report"] = ("Rapport de portefeuille", "Portfolio report"),
        ["portfolio.empty"] = ("Aucune entreprise pour l’instant.", "No firm yet."),
        ["firm.add"] = ("Ajouter une entreprise", "Add a firm"),
        ["firm.name"] = ("Raison sociale", "Company name"),
        ["firm.siret"] = ("SIRET (14 chiffres)", "SIRET (14 digits)"),
        ["firm.naf"] = ("Code NAF (ex. 86.21Z)", "NAF code (e.g. 86.21Z)"),
        ["firm.departement"] = ("Département (ex. 80, 2A, 974)", "Département (e.g. 80, 2A, 974)"),
        ["firm.employees"] = ("Effectif salarié", "Employees"),
        ["firm.create"] = ("Créer et commencer le questionnaire", "Create and start the questionnaire"),
        ["firm.duplicate"] = ("Vous suivez déjà une entreprise avec ce SIRET.", "You already follow a firm with this SIRET."),
        ["firm.bad.name"] = ("Indiquez la raison sociale (200 caractères au plus).", "Enter the company name (at most 200 characters)."),
        ["firm.bad.siret"] = ("Le SIRET compte 14 chiffres.", "A SIRET has 14 digits."),
        ["firm.bad.naf"] = ("Ce code ne figure pas dans la NAF rév. 2 de l’Insee (ex. 86.21Z).", "This code is not in INSEE's NAF rév. 2 list (e.g. 86.21Z)."),
        ["firm.bad.departement"] = ("Département invalide.", "Invalid département."),
        ["firm.bad.employees"] = ("Effectif : un nombre entier de 0 à 1 000 000.", "Employees: a whole number from 0 to 1,000,000."),
        ["firm.sector"] = ("Référentiel", "Rule set"),
        ["firm.status"] = ("Campagne en cours", "Current campaign"),
        ["firm.open"] = ("Ouvrir", "Open"),
        ["campaign"] = ("Campagne", "Campaign"),
        ["campaigns"] = ("Campagnes", "Campaigns"),
        ["campaign.draft"] = ("brouillon", "draft"),
        ["campaign.done"] = ("terminée", "completed"),
        ["campaign.continue"] = ("Reprendre le questionnaire", "Continue the questionnaire"),
        ["campaign.new"] = ("Lancer une nouvelle campagne", "Start a new campaign"),
        ["campaign.result"] = ("Voir le rapport", "See the report"),
        ["campaign.none"] = ("Pas encore de campagne.", "No campaign yet."),
        ["score"] = ("Score", "Score"),
        ["level"] = ("Niveau", "Level"),
        ["progress"] = ("Avancement", "Progress"),
        ["answered"] = ("Réponses", "Answered"),
        ["of"] = ("sur", "of"),
        ["asked.question"] = ("question posée", "asked question"),
        ["asked.questions"] = ("questions posées", "asked questions"),
        ["sections"] = ("Rubriques", "Sections"),
        ["yes"] = ("Oui", "Yes"),
        ["no"] = ("Non", "No"),
        ["na"] = ("Sans objet", "Not applicable"),
        ["none.ticked"] = ("Aucune de ces réponses", "None of these"),
        ["save"] = ("Enregistrer", "Save"),
        ["previous"] = ("Rubrique précédente", "Previous section"),
        ["next"] = ("Enregistrer et continuer", "Save and continue"),
        ["finish"] = ("Terminer et calculer", "Finish and score"),
        ["saved"] = ("Brouillon enregistré.", "Draft saved."),
        ["not.ready"] = ("Il reste des questions sans réponse ou des réponses à corriger : voir les rubriques marquées.", "Some questions are unanswered or have problems: see the marked sections."),
        ["depends"] = ("D’autres questions peuvent apparaître selon vos réponses.", "More questions may appear depending on your answers."),
        ["nojs.hint"] = ("Sans JavaScript : enregistrez pour voir les questions qui dépendent de vos réponses.", "Without JavaScript: save to see the questions that depend on your answers."),
        ["bad.number"] = ("Nombre invalide.", "Invalid number."),
        ["problem"] = ("Réponse à corriger\u202F:", "Answer to fix:"),
        ["language"] = ("Langue", "Language"),
        ["back.portfolio"] = ("Retour au portefeuille", "Back to the portfolio"),
        ["back.firm"] = ("Retour à l’entreprise", "Back to the firm"),
        ["error"] = ("Une erreur s’est produite", "Something went wrong"),
        ["error.text"] = ("La demande n’a pas pu aboutir. Réessayez ou revenez au portefeuille.", "The request could not be completed. Try again or go back to the portfolio."),
        ["notfound"] = ("Page introuvable", "Page not found"),
        ["notfound.text"] = ("Cette page n’existe pas, ou elle concerne une entreprise d’un autre conseiller.", "This page does not exist, or it concerns another adviser's firm."),
        ["rules.changed"] = ("Le référentiel a changé depuis le début de cette campagne.", "The rule set has changed since this campaign started."),
    };

    /// <summary><c>fr</c> or <c>en</c>.</summary>
    public string Language { get; } = Read(accessor.HttpContext);

    /// <summary>Numbers, dates and counts on the page, written the library's way for the page language.</summary>
    public HumanFormat Human => HumanFormat.For(Language);

    /// <summary>The interface text <paramref name="key"/> in the page language.</summary>
    public string this[string key] => Texts.TryGetValue(key, out var t) ? (Language == "fr" ? t.Fr : t.En) : throw new KeyNotFoundException(key);

    /// <summary>"Réponses : 3 sur 1 question posée" / "Answered: 3 of 12 asked questions".</summary>
    public string AnsweredOf(int answered, int asked) =>
        Human.Labelled(this["answered"], Human.Whole(answered) + " " + this["of"] + " " + Human.Count(asked, this["asked.question"], this["asked.questions"], 0));

    private static string Read(HttpContext? context) =>
        context?.Request.Cookies[Cookie] is "en" ? "en" : "fr";
}
