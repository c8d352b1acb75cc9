using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Compilation;

/// <summary>Ids and labels: patterns, completeness in every declared language.</summary>
internal sealed partial class RuleSetCompiler
{
    private void CheckId(Located<string>? id, Regex pattern, LocalizedMessage kind)
    {
        if (id is null || id.Value.Length == 0)
        {
            return;
        }

        if (!pattern.IsMatch(id.Value))
        {
            _d.Error(DiagnosticCodes.InvalidId, id.Location, ReferenceEquals(pattern, IdPattern)
                ? Messages.IdNotValid(kind, id.Value)
                : Messages.QuestionIdNotValid(kind, id.Value));
        }
    }

    private void CheckLabel(LabelDoc? label, string what)
    {
        if (label is null || label.Plain is not null)
        {
            return;
        }

        foreach (var (language, _, at) in label.Texts)
        {
            if (!_languages.Contains(language))
            {
                _d.Error(DiagnosticCodes.UndeclaredLanguage, at, Messages.LabelUndeclaredLanguage(what, language, _languages.ToArray()));
            }
        }

        foreach (var language in _languages)
        {
            var found = false;
            foreach (var (l, text, _) in label.Texts)
            {
                if (l == language)
                {
                    found = true;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        _d.Error(DiagnosticCodes.MissingTranslation, label.Location, Messages.LabelEmpty(what, language));
                    }
                }
            }

            if (!found)
            {
                // No rule set id in the message: a base file's label is checked once per extending rule set,
                // and the same problem must read the same to be reported once.
                _d.Error(DiagnosticCodes.MissingTranslation, label.Location, Messages.LabelMissing(what, language, _languages.ToArray()));
            }
        }
    }

    private Label? ToLabel(LabelDoc? doc)
    {
        if (doc is null)
        {
            return null;
        }

        if (doc.Plain is not null)
        {
            return Label.Invariant(doc.Plain);
        }

        // One array, sized once and handed to the label: a growing list and the label's copy of it were
        // a twentieth of a load's allocations.
        var texts = new KeyValuePair<string, string>[doc.Texts.Count];
        var count = 0;
        foreach (var language in _languages)
        {
            foreach (var (l, text, _) in doc.Texts)
            {
                if (l == language)
                {
                    texts[count++] = new KeyValuePair<string, string>(l, text);
                }
            }
        }

        if (count < texts.Length)
        {
            Array.Resize(ref texts, count);
        }

        return count == 0 ? null : Label.Own(texts);
    }
}
