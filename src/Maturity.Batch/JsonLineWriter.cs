using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Batch;

/// <summary>Makes one JSON Lines record per row (the result as <see cref="AssessmentJson"/> writes it, or the row's
/// line, id, error and diagnostics) into reusable buffers: no stream, byte array or string per row. One per thread.</summary>
internal sealed class JsonLineWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    private readonly Utf8JsonWriter _writer;

    public JsonLineWriter()
    {
        _writer = new Utf8JsonWriter(_bytes);
    }

    /// <summary>Writes the record of one row into <paramref name="chars"/> (grown when needed); returns its length, without the new line.</summary>
    public int Write(int line, string id, RowOutcome outcome, ref char[] chars)
    {
        _bytes.ResetWrittenCount();
        _writer.Reset(_bytes);
        if (outcome.Result is { } r)
        {
            AssessmentJson.Write(r, _writer);
        }
        else
        {
            _writer.WriteStartObject();
            _writer.WriteNumber("line", line);
            _writer.WriteString("id", id);
            _writer.WriteString("error", BatchDiagnostics.ErrorText(outcome.Errors!, null));
            WriteDiagnostics(outcome.Errors!);
            _writer.WriteEndObject();
        }

        _writer.Flush();
        var written = _bytes.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(written.Length);
        if (chars.Length < needed)
        {
            Array.Resize(ref chars, Math.Max(needed, chars.Length * 2));
        }

        return Encoding.UTF8.GetChars(written, chars);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The row's problems as data: code, English message, position, target and message key, as <c>lint --format json</c> writes them.</summary>
    private void WriteDiagnostics(IReadOnlyList<Maturity.Diagnostics.Diagnostic> errors)
    {
        _writer.WriteStartArray("diagnostics");
        foreach (var d in errors)
        {
            _writer.WriteStartObject();
            _writer.WriteString("code", d.Code);
            _writer.WriteString("message", d.Message);
            _writer.WriteNumber("line", d.Location.Line);
            _writer.WriteNumber("column", d.Location.Column);
            if (d.Target is not null)
            {
                _writer.WriteString("target", d.Target);
            }

            if (d.MessageKey is not null)
            {
                _writer.WriteString("messageKey", d.MessageKey);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }
}
