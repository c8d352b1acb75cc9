using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Model;

namespace Maturity.Compilation;

/// <summary>The rule set's header (version, languages, NAF prefixes, labels) and its shared answer sets, and the content hash.</summary>
internal sealed partial class RuleSetCompiler
{
    private static readonly byte[] ChainSeparator = Encoding.UTF8.GetBytes("\n\u001e\n");

    private void CheckHeader(RuleSetDoc leaf)
    {
        if (leaf.Version is { } v && !VersionPattern.IsMatch(v.Value))
        {
            _d.Error(DiagnosticCodes.InvalidVersion, v.Location, Messages.NotASemanticVersion(v.Value), "version");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lang in leaf.Languages)
        {
            if (!LanguagePattern.IsMatch(lang.Value))
            {
                _d.Error(DiagnosticCodes.InvalidValue, lang.Location, Messages.NotALanguageCode(lang.Value), "languages");
            }
            else if (!seen.Add(lang.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, lang.Location, Messages.LanguageTwice(lang.Value), "languages");
            }
            else
            {
                _languages.Add(lang.Value);
            }
        }

        if (leaf.Languages.Count == 0 && leaf.LanguagesLocation is { } at)
        {
            _d.Error(DiagnosticCodes.MissingKey, at, Messages.NoLanguage(), "languages");
        }

        foreach (var n in leaf.Naf)
        {
            if (!NafCode.IsValidPrefix(n.Value))
            {
                _d.Error(DiagnosticCodes.InvalidNaf, n.Location, Messages.NotANafPrefix(n.Value), "appliesTo.naf");
            }
        }

        CheckLabel(leaf.Title, "title");
        CheckLabel(leaf.Description, "description");
    }

    private void CheckAnswerSets()
    {
        foreach (var set in _set.AnswerSets)
        {
            CheckId(set.Id, IdPattern, Messages.KindAnswerSet());
            if (_answerSets.ContainsKey(set.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, set.Id.Location, Messages.AnswerSetTwice(set.Id.Value), set.Id.Value);
                continue;
            }

            _answerSets[set.Id.Value] = set;
            CheckOptions(set.Options, set.Id.Location, Messages.AnswerSetNamed(set.Id.Value));
        }
    }

    private void CheckOptions(List<OptionDoc> options, SourceLocation at, LocalizedMessage owner)
    {
        if (options.Count == 0)
        {
            _d.Error(DiagnosticCodes.MissingKey, at, Messages.OptionsNone(owner));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in options)
        {
            CheckId(o.Id, QuestionIdPattern, Messages.KindOption());
            if (!ids.Add(o.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, o.Id.Location, Messages.OptionTwice(o.Id.Value, owner));
            }

            if (o.Points < 0)
            {
                _d.Error(DiagnosticCodes.NegativeNumber, o.Location, Messages.OptionNegativePoints(o.Id.Value), o.Id.Value);
            }

            CheckLabel(o.Label, "label");
        }
    }

    private string ComputeHash()
    {
        // The chain's texts, base first, each followed by "\n\u001e\n", line endings normalised (the same rules give
        // the same hash on any OS), fed to the hash piece by piece: one concatenated copy was a large-object-heap
        // string per rule set (a sector's chain holds the whole core file), which made every load collect gen 2.
        const int Piece = 4096;
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(Piece)];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var doc in _set.Chain)
        {
            var text = doc.Text.IndexOf('\r') < 0 ? doc.Text : doc.Text.Replace("\r\n", "\n");
            for (var start = 0; start < text.Length;)
            {
                var count = Math.Min(Piece, text.Length - start);
                if (start + count < text.Length && char.IsHighSurrogate(text[start + count - 1]))
                {
                    count--; // a surrogate pair is encoded whole, as in one piece
                }

                sha.AppendData(bytes, 0, Encoding.UTF8.GetBytes(text, start, count, bytes, 0));
                start += count;
            }

            sha.AppendData(ChainSeparator);
        }

        var hash = sha.GetHashAndReset();
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
