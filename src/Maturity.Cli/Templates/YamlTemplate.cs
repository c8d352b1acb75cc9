using System;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Cli.Catalog;

namespace Maturity.Cli.Templates;

/// <summary>An answers file to fill in: the company block, then every question as a commented entry with its
/// text, help and options, grouped by dimension. Uncommenting an entry answers it with a valid example value;
/// questions asked only under a condition say so.</summary>
internal sealed class YamlTemplate : ITemplateFormat
{
    public string Name => "yaml";

    public bool IsBinary => false;

    public void Write(AnswerTemplate template, Stream output)
    {
        var rs = template.RuleSet;
        var lang = template.Language;
        var fr = template.IsFrench;
        var sb = new StringBuilder();
        sb.Append("# ").Append(fr ? "Réponses pour le référentiel" : "Answers for rule set").Append(" '").Append(rs.Id).Append('\'').Append(' ').Append(rs.Version)
            .Append(" — ").Append(rs.Title.Get(lang)).Append('\n');
        sb.Append(fr
            ? "# Remplissez « company », puis décommentez (retirez « # ») chaque réponse donnée et choisissez sa valeur.\n# Une question laissée commentée est « sans réponse ». Vérifiez avec : maturity assess -a <ce fichier>\n"
            : "# Fill in 'company', then uncomment (remove '# ') each answer you give and pick its value.\n# A question left commented out is unanswered. Check with: maturity assess -a <this file>\n");
        sb.Append("ruleset: ").Append(rs.Id).Append('\n');
        sb.Append("company:\n");
        sb.Append("  id: \"\"").Append(fr ? "                 # obligatoire : SIREN, identifiant CRM…\n" : "                 # required: SIREN, CRM id…\n");
        sb.Append("  name: \"\"\n");
        sb.Append("  naf: \"").Append(template.ExampleNaf).Append('"').Append(fr ? "            # code NAF/APE\n" : "            # NAF/APE code\n");
        sb.Append("  # employees: 10\n  # territory: \"80\"\n  # date: 2026-01-31\n");
        sb.Append("answers:\n");
        string? dimension = null;
        foreach (var q in rs.Questions)
        {
            var node = rs.FindNode(q.NodeId)!;
            while (node.ParentId is { } parent)
            {
                node = rs.FindNode(parent)!;
            }

            if (node.Id != dimension)
            {
                dimension = node.Id;
                sb.Append("\n  # ── ").Append(Line(node.Title.Get(lang))).Append(" (").Append(node.Id).Append(") ──\n");
            }

            sb.Append("\n  # ").Append(Line(q.Text.Get(lang))).Append('\n');
            if (q.Help is { } help)
            {
                sb.Append("  #   ").Append(Line(help.Get(lang))).Append('\n');
            }

            var accepts = new[] { QuestionWords.Type(q.Type, lang), QuestionWords.Accepts(q, lang), QuestionWords.NotApplicable(q, lang) }.Where(s => s.Length > 0);
            sb.Append("  #   ").Append(Line(string.Join(" — ", accepts))).Append('\n');
            sb.Append("  # ").Append(q.Id).Append(": ").Append(AnswerTemplate.ExampleAnswer(q));
            if (q.When is not null)
            {
                // On the entry line itself: answering a question that is not asked is an error (MAT074).
                sb.Append("    # ").Append(Line(QuestionWords.When(q, lang)));
            }

            sb.Append('\n');
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(sb.ToString());
        output.Write(bytes, 0, bytes.Length);
    }

    // A comment is one line: any line break in a label would end it.
    private static string Line(string text) => text.Replace("\r", " ").Replace("\n", " ").Trim();
}
