using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Maturity.Answers;

namespace Maturity.Samples.Web.Storage;

/// <summary>Answer sheets stored as answers documents (the JSON form of docs/answers.md), read back with the
/// library's own reader: what the database holds is exactly what <c>maturity assess</c> and <c>POST /api/assess</c> take.</summary>
public static class AnswersDocument
{
    /// <summary>The sheet as an answers document naming <paramref name="ruleSetId"/> (none: the catalog picks by NAF code).</summary>
    public static string Write(AnswerSheet sheet, string? ruleSetId)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteIfSet(w, "ruleset", ruleSetId);
            w.WriteStartObject("company");
            var c = sheet.Company;
            w.WriteString("id", c.Id);
            WriteIfSet(w, "name", c.Name);
            WriteIfSet(w, "naf", c.Naf);
            if (c.Employees is { } e)
            {
                w.WriteNumber("employees", e);
            }

            WriteIfSet(w, "territory", c.Territory);
            WriteIfSet(w, "date", c.AssessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteStartObject("answers");
            foreach (var pair in sheet.Answers)
            {
                w.WritePropertyName(pair.Key);
                WriteAnswer(w, pair.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a stored document back.</summary>
    /// <exception cref="InvalidDataException">The stored text is not a valid answers document.</exception>
    public static AnswerSheet Read(string json, string name)
    {
        var file = AnswerFile.Parse(json, name);
        return file.Success ? file.Sheet! : throw new InvalidDataException("Stored answers " + name + " are unreadable: " + string.Join("; ", file.Diagnostics));
    }

    private static void WriteAnswer(Utf8JsonWriter w, Answer a)
    {
        switch (a.Kind)
        {
            case AnswerKind.Boolean:
                w.WriteBooleanValue(a.BooleanValue);
                break;
            case AnswerKind.Number:
                w.WriteNumberValue(a.NumberValue);
                break;
            case AnswerKind.Option:
                w.WriteStringValue(a.Option);
                break;
            case AnswerKind.Options:
                w.WriteStartArray();
                foreach (var o in a.Options)
                {
                    w.WriteStringValue(o);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(Answer.NotApplicableText);
                break;
        }
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
