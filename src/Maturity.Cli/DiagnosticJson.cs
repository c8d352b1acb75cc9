using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Maturity.Diagnostics;

namespace Maturity.Cli;

/// <summary>Writes diagnostics as a JSON array of <c>{file, line, column, severity, code, message}</c> (the message in
/// English, the invariant language of machine output), with <c>target</c>, <c>messageKey</c> and <c>arguments</c> when the
/// diagnostic has them.</summary>
internal static class DiagnosticJson
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", d.Location.Path);
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("severity", d.IsError ? "error" : "warning");
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                if (d.Target is not null)
                {
                    w.WriteString("target", d.Target);
                }

                if (d.MessageKey is not null)
                {
                    w.WriteString("messageKey", d.MessageKey);
                    WriteArguments(w, d.Arguments);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The message's arguments as data, so that a tool finds the question or value without parsing the text.</summary>
    private static void WriteArguments(Utf8JsonWriter w, IReadOnlyDictionary<string, object> arguments)
    {
        w.WriteStartObject("arguments");
        foreach (var (name, value) in arguments)
        {
            switch (value)
            {
                case double number:
                    w.WriteNumber(name, number);
                    break;
                case int number:
                    w.WriteNumber(name, number);
                    break;
                case long number:
                    w.WriteNumber(name, number);
                    break;
                case IReadOnlyList<string> list:
                    w.WriteStartArray(name);
                    foreach (var item in list)
                    {
                        w.WriteStringValue(item);
                    }

                    w.WriteEndArray();
                    break;
                default:
                    w.WriteString(name, System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        w.WriteEndObject();
    }
}
