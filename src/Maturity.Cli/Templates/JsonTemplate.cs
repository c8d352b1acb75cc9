using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Maturity.Model;

namespace Maturity.Cli.Templates;

/// <summary>An answers file in JSON for forms and scripts: JSON has no comments, so it holds the company block
/// and an example answer for each question asked unconditionally; <c>maturity questions --format json</c>
/// describes them all.</summary>
internal sealed class JsonTemplate : ITemplateFormat
{
    public string Name => "json";

    public bool IsBinary => false;

    public void Write(AnswerTemplate template, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("ruleset", template.RuleSet.Id);
        json.WriteStartObject("company");
        json.WriteString("id", string.Empty);
        json.WriteString("name", string.Empty);
        json.WriteString("naf", template.ExampleNaf);
        json.WriteEndObject();
        json.WriteStartObject("answers");
        foreach (var q in template.RuleSet.Questions.Where(q => q.When is null))
        {
            switch (q.Type)
            {
                case QuestionType.Boolean:
                    json.WriteBoolean(q.Id, false);
                    break;
                case QuestionType.Choice:
                    json.WriteString(q.Id, q.Options[0].Id);
                    break;
                case QuestionType.Multi:
                    json.WriteStartArray(q.Id);
                    json.WriteEndArray();
                    break;
                default:
                    json.WriteNumber(q.Id, q.Min ?? 0);
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
