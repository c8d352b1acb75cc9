using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Yaml;

namespace Maturity.Answers;

/// <summary>Reads answers files (YAML, or JSON, which the same reader accepts) described in docs/answers.md.
/// Same safety limits as rule files; every problem is a diagnostic with line and column.</summary>
public static class AnswerFile
{
    private static readonly string[] TopKeys = ["ruleset", "company", "answers"];
    private static readonly string[] TopRequired = ["company", "answers"];
    private static readonly string[] CompanyKeys = ["id", "name", "naf", "employees", "territory", "date"];
    private static readonly string[] CompanyRequired = ["id"];

    /// <summary>Largest accepted answers file: 1 MiB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Reads a file from disk.</summary>
    public static AnswerFileResult Load(string path)
    {
        var bag = new DiagnosticBag();
        var bytes = SourceText.ReadFile(path, MaxFileBytes, bag);
        var text = bytes is null ? null : SourceText.Decode(path, bytes, MaxFileBytes, bag);
        return text is null ? new AnswerFileResult(null, bag.Items) : Parse(text, path, bag);
    }

    /// <summary>Reads answers from text.</summary>
    public static AnswerFileResult Parse(string text, string path = "<answers>") =>
        Parse(Guard.NotNull(text), path, new DiagnosticBag());

    private static AnswerFileResult Parse(string text, string path, DiagnosticBag bag)
    {
        if (text.Length > MaxFileBytes)
        {
            bag.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileOnly(path), Messages.AnswersTooLarge());
            return new AnswerFileResult(null, bag.Items);
        }

        var root = YamlReader.Read(path, text, 16, bag);
        var v = new YamlValues(bag);
        if (root is null || v.Mapping(root, Messages.WhatAnswersFile()) is not { } map)
        {
            return new AnswerFileResult(null, bag.ToSortedList());
        }

        string? ruleSet = null;
        CompanyInfo? company = null;
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        v.Fields(map, Messages.WhatTheAnswersFile(), TopKeys, TopRequired, (key, _, value) =>
        {
            switch (key)
            {
                case "ruleset": ruleSet = v.String(value, Messages.QuotedName("ruleset")); break;
                case "company": company = Company(value, v); break;
                case "answers":
                    if (v.Mapping(value, Messages.QuotedName("answers")) is { } list)
                    {
                        foreach (var e in list.Entries)
                        {
                            if (ReadAnswer(e.Value, v, e.Key.Value) is { } a)
                            {
                                answers[e.Key.Value] = a.At(e.Key.Location);
                            }
                        }
                    }

                    break;
            }
        });

        var ok = !bag.HasErrors && company is not null;
        return new AnswerFileResult(ok ? new AnswerSheet(company!, ruleSet, answers, path) : null, bag.ToSortedList());
    }

    /// <summary>Turns one cell or value into an answer: true/false, a number, <c>n/a</c>, an option id, or a list of option ids.</summary>
    internal static Answer? ReadAnswer(YNode node, YamlValues v, string questionId)
    {
        if (node is YSequence seq)
        {
            var options = new List<string>();
            foreach (var item in seq.Items)
            {
                if (v.String(item, Messages.WhatOptionOf(Messages.QuotedName(questionId))) is { } s)
                {
                    options.Add(s);
                }
            }

            return Answer.Choices(options);
        }

        if (v.Scalar(node, Messages.WhatAnswerTo(questionId)) is not { } scalar)
        {
            return null;
        }

        return FromText(scalar.Value, scalar.IsPlain);
    }

    /// <summary>Interprets answer text; <paramref name="plain"/> false (quoted) keeps it an option id.</summary>
    internal static Answer FromText(string text, bool plain)
    {
        if (string.Equals(text, Answer.NotApplicableText, StringComparison.OrdinalIgnoreCase))
        {
            return Answer.NotApplicable;
        }

        if (plain && YamlValues.TryParseBoolean(text, out var b))
        {
            return Answer.Of(b);
        }

        if (plain && YamlValues.TryParseNumber(text, out var n))
        {
            return Answer.Of(n);
        }

        return Answer.Choice(text);
    }

    private static CompanyInfo? Company(YNode node, YamlValues v)
    {
        if (v.Mapping(node, Messages.QuotedName("company")) is not { } map)
        {
            return null;
        }

        string? id = null, name = null, naf = null, territory = null;
        int? employees = null;
        DateTime? date = null;
        v.Fields(map, Messages.QuotedName("company"), CompanyKeys, CompanyRequired, (key, _, value) =>
        {
            switch (key)
            {
                case "id":
                    id = value is YScalar { IsNull: true } ? string.Empty : v.String(value, Messages.WhatCompanyKey("id"));
                    if (id is not null && string.IsNullOrWhiteSpace(id))
                    {
                        v.Diagnostics.Add(CompanyFields.EmptyIdProblem(value.Location, "company.id"));
                    }

                    break;
                case "name": name = v.String(value, Messages.WhatCompanyKey("name")); break;
                case "naf":
                    naf = v.String(value, Messages.WhatCompanyKey("naf"));
                    if (naf is not null && CompanyFields.NafProblem(naf, value.Location, "company.naf") is { } nafProblem)
                    {
                        v.Diagnostics.Add(nafProblem);
                        naf = null;
                    }

                    break;
                case "employees":
                    employees = v.Integer(value, Messages.WhatCompanyKey("employees"));
                    if (employees < 0)
                    {
                        v.Diagnostics.Error(DiagnosticCodes.InvalidCompany, value.Location, Messages.EmployeesNegative(), "company.employees");
                        employees = null;
                    }

                    break;
                case "territory": territory = v.String(value, Messages.WhatCompanyKey("territory")); break;
                case "date":
                    if (v.String(value, Messages.WhatCompanyKey("date")) is { } text)
                    {
                        if (CompanyFields.TryParseDate(text, out var d))
                        {
                            date = d;
                        }
                        else
                        {
                            v.Diagnostics.Add(CompanyFields.DateProblem(text, value.Location, "company.date"));
                        }
                    }

                    break;
            }
        });
        return string.IsNullOrWhiteSpace(id) ? null : new CompanyInfo(id!, name, naf, employees, territory, date);
    }
}
