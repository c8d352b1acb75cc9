using System;
using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Orders diagnostics by path, line, column, then code.</summary>
internal sealed class DiagnosticComparer : IComparer<Diagnostic>
{
    public static readonly DiagnosticComparer Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (c == 0)
        {
            c = x.Location.Line.CompareTo(y.Location.Line);
        }

        if (c == 0)
        {
            c = x.Location.Column.CompareTo(y.Location.Column);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Code, y.Code);
    }
}
