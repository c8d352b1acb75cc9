using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Maturity.Internal;
using Maturity.Reporting.Html;

namespace Maturity.Reporting;

/// <summary>Geometry and SVG of a radar (spider) chart. For n axes, axis i points at angle
/// <c>−90° + i · 360° / n</c> (axis 0 straight up, then clockwise on screen, where y grows downwards), and a
/// value v on an axis of maximum m lies at radius <c>Radius · v / m</c> from the centre (clamped to
/// [0, Radius]). The computed points are exposed so the geometry can be checked. Immutable.</summary>
public sealed class RadarChart
{
    private const double LabelGap = 14;
    private const int LabelWidth = 20;

    /// <summary>Creates a chart.</summary>
    /// <param name="axes">The axes, clockwise from the top; at least one.</param>
    /// <param name="centerX">Centre x in SVG user units.</param>
    /// <param name="centerY">Centre y in SVG user units.</param>
    /// <param name="radius">Radius of the outer ring (the axes' maximum).</param>
    public RadarChart(IEnumerable<RadarAxis> axes, double centerX = 310, double centerY = 235, double radius = 150)
    {
        Guard.NotNull(axes);

        Axes = axes.ToArray();
        if (Axes.Count == 0)
        {
            throw new ArgumentException("A radar chart needs at least one axis.", nameof(axes));
        }

        if (!(radius > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "The radius must be positive.");
        }

        CenterX = centerX;
        CenterY = centerY;
        Radius = radius;
        ValuePoints = Axes.Select((a, i) => PointAt(i, a.Value ?? 0, a.Max)).ToList();
        ReferencePoints = Axes.Any(a => a.Reference.HasValue)
            ? Axes.Select((a, i) => PointAt(i, a.Reference ?? 0, a.Max)).ToList()
            : null;
        AxisEnds = Axes.Select((a, i) => PointAt(i, 1, 1)).ToList();
    }

    /// <summary>The axes, clockwise from the top.</summary>
    public IReadOnlyList<RadarAxis> Axes { get; }

    /// <summary>Centre x.</summary>
    public double CenterX { get; }

    /// <summary>Centre y.</summary>
    public double CenterY { get; }

    /// <summary>Radius of the outer ring.</summary>
    public double Radius { get; }

    /// <summary>Width of the SVG viewport: the centre is in the middle.</summary>
    public double Width => 2 * CenterX;

    /// <summary>Height of the SVG viewport: the centre is in the middle.</summary>
    public double Height => 2 * CenterY;

    /// <summary>The firm's polygon: one point per axis (an unscored axis sits at the centre).</summary>
    public IReadOnlyList<RadarPoint> ValuePoints { get; }

    /// <summary>The reference polygon (e.g. the sector median), or null when no axis has a reference.
    /// An axis without a reference sits at the centre.</summary>
    public IReadOnlyList<RadarPoint>? ReferencePoints { get; }

    /// <summary>The outer end of each axis.</summary>
    public IReadOnlyList<RadarPoint> AxisEnds { get; }

    /// <summary>Angle of axis <paramref name="axis"/> of <paramref name="axisCount"/>, in degrees: <c>−90 + axis · 360 / axisCount</c>.</summary>
    /// <param name="axis">Axis index, 0 = top.</param>
    /// <param name="axisCount">Number of axes.</param>
    public static double AngleDegrees(int axis, int axisCount)
    {
        if (axisCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(axisCount), axisCount, "There must be at least one axis.");
        }

        return -90.0 + (axis * 360.0 / axisCount);
    }

    /// <summary>The point of <paramref name="value"/> on axis <paramref name="axis"/> whose maximum is <paramref name="max"/>.</summary>
    /// <param name="axis">Axis index.</param>
    /// <param name="value">The value; clamped to [0, max].</param>
    /// <param name="max">The axis maximum; a non-positive maximum puts every value at the centre.</param>
    public RadarPoint PointAt(int axis, double value, double max)
    {
        var ratio = max > 0 && !double.IsNaN(value) ? Math.Max(0, Math.Min(1, value / max)) : 0;
        var angle = AngleDegrees(axis, Axes.Count) * Math.PI / 180.0;
        var r = Radius * ratio;
        return new RadarPoint(Snap(CenterX + (r * Math.Cos(angle))), Snap(CenterY + (r * Math.Sin(angle))));
    }

    /// <summary>The chart as an inline SVG element (no external resource, no script).</summary>
    /// <param name="title">Accessible title (plain text; encoded here).</param>
    /// <param name="valueClass">CSS class of the value polygon.</param>
    /// <param name="referenceClass">CSS class of the reference polygon.</param>
    /// <param name="format">How the ring values are written ("25 %" in French, "25%" in English); null for English.</param>
    public string ToSvg(string title, string valueClass = "radar-firm", string referenceClass = "radar-ref", HumanFormat? format = null)
    {
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 ").Append(HtmlText.C(Width)).Append(' ').Append(HtmlText.C(Height))
          .Append("\" role=\"img\"><title>").Append(HtmlText.Encode(title)).Append("</title>");

        // rings at 25, 50, 75 and 100 % with their values along axis 0
        foreach (var f in new[] { 0.25, 0.5, 0.75, 1.0 })
        {
            sb.Append("<polygon class=\"radar-grid\" points=\"").Append(Points(Axes.Select((_, i) => PointAt(i, f, 1)))).Append("\"/>");
        }

        foreach (var end in AxisEnds)
        {
            sb.Append("<line class=\"radar-axis\" x1=\"").Append(HtmlText.C(CenterX)).Append("\" y1=\"").Append(HtmlText.C(CenterY))
              .Append("\" x2=\"").Append(HtmlText.C(end.X)).Append("\" y2=\"").Append(HtmlText.C(end.Y)).Append("\"/>");
        }

        if (ReferencePoints is { } reference)
        {
            sb.Append("<polygon class=\"").Append(HtmlText.Encode(referenceClass)).Append("\" points=\"").Append(Points(reference)).Append("\"/>");
        }

        sb.Append("<polygon class=\"").Append(HtmlText.Encode(valueClass)).Append("\" points=\"").Append(Points(ValuePoints)).Append("\"/>");
        for (var i = 0; i < Axes.Count; i++)
        {
            if (Axes[i].Value.HasValue)
            {
                sb.Append("<circle class=\"radar-dot\" cx=\"").Append(HtmlText.C(ValuePoints[i].X)).Append("\" cy=\"").Append(HtmlText.C(ValuePoints[i].Y)).Append("\" r=\"3.5\"/>");
            }
        }

        AppendRingValues(sb, format ?? HumanFormat.English);
        for (var i = 0; i < Axes.Count; i++)
        {
            AppendLabel(sb, i);
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private static double Snap(double v)
    {
        var r = Math.Round(v, 9);
        return r == 0 ? 0 : r; // no negative zero
    }

    private static string Points(IEnumerable<RadarPoint> points) =>
        string.Join(" ", points.Select(p => HtmlText.C(p.X) + "," + HtmlText.C(p.Y)));

    /// <summary>The rings' values, written over the polygons with a white halo (class <c>radar-tick</c>) along the
    /// bisector of the two neighbouring axes where the firm's shape is smallest, so they overlap it as little
    /// as possible and stay readable where they do.</summary>
    private void AppendRingValues(StringBuilder sb, HumanFormat format)
    {
        var gap = 0;
        var least = double.MaxValue;
        for (var i = 0; i < Axes.Count; i++)
        {
            var next = (i + 1) % Axes.Count;
            var reach = Ratio(Axes[i].Value, Axes[i].Max) + Ratio(Axes[next].Value, Axes[next].Max)
                + Ratio(Axes[i].Reference, Axes[i].Max) + Ratio(Axes[next].Reference, Axes[next].Max);
            if (reach < least - 1e-9)
            {
                least = reach;
                gap = i;
            }
        }

        var angle = (AngleDegrees(gap, Axes.Count) + (180.0 / Axes.Count)) * Math.PI / 180.0;
        foreach (var f in new[] { 0.25, 0.5, 0.75, 1.0 })
        {
            var r = (Radius * f) - 3;
            sb.Append("<text class=\"radar-tick\" text-anchor=\"middle\" x=\"").Append(HtmlText.C(CenterX + (r * Math.Cos(angle)))).Append("\" y=\"").Append(HtmlText.C(CenterY + (r * Math.Sin(angle)) + 4))
              .Append("\">").Append(HtmlText.Encode(format.Percent(f, 0))).Append("</text>");
        }
    }

    private static double Ratio(double? value, double max) => value is { } v && max > 0 && !double.IsNaN(v) ? Math.Max(0, Math.Min(1, v / max)) : 0;

    private void AppendLabel(StringBuilder sb, int i)
    {
        var axis = Axes[i];
        var angle = AngleDegrees(i, Axes.Count) * Math.PI / 180.0;
        var cos = Math.Cos(angle);
        var sin = Math.Sin(angle);
        var x = CenterX + ((Radius + LabelGap) * cos);
        var y = CenterY + ((Radius + LabelGap) * sin);
        var anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
        var lines = new List<string>(HtmlText.Wrap(axis.Label, LabelWidth, 3));
        if (axis.Caption is { } caption)
        {
            lines.Add(caption);
        }

        const double lineHeight = 14;
        double firstBaseline;
        if (sin < -0.5)
        {
            firstBaseline = y - ((lines.Count - 1) * lineHeight); // above the axis end, last line nearest
        }
        else if (sin > 0.5)
        {
            firstBaseline = y + 10; // below
        }
        else
        {
            firstBaseline = y + 4 - ((lines.Count - 1) * lineHeight / 2);
        }

        sb.Append("<text class=\"radar-label\" text-anchor=\"").Append(anchor).Append("\" x=\"").Append(HtmlText.C(x)).Append("\" y=\"").Append(HtmlText.C(firstBaseline)).Append("\">");
        for (var l = 0; l < lines.Count; l++)
        {
            var isCaption = axis.Caption is not null && l == lines.Count - 1;
            sb.Append("<tspan x=\"").Append(HtmlText.C(x)).Append('"');
            if (l > 0)
            {
                sb.Append(" dy=\"").Append(HtmlText.C(lineHeight)).Append('"');
            }

            if (isCaption)
            {
                sb.Append(" class=\"radar-value\"");
            }

            sb.Append('>').Append(HtmlText.Encode(lines[l])).Append("</tspan>");
        }

        sb.Append("</text>");
    }
}

/// <summary>One axis of a <see cref="RadarChart"/>. Immutable.</summary>
public sealed class RadarAxis
{
    /// <summary>Creates an axis.</summary>
    /// <param name="label">Axis name (plain text; the chart encodes it).</param>
    /// <param name="value">The plotted value, or null when not scored (drawn at the centre, no dot).</param>
    /// <param name="max">The axis maximum (the outer ring).</param>
    /// <param name="reference">The reference value (e.g. sector median) in the same units, or null.</param>
    /// <param name="caption">A second line under the label (e.g. the score), or null.</param>
    public RadarAxis(string label, double? value, double max, double? reference = null, string? caption = null)
    {
        Label = Guard.NotNull(label);
        Value = value;
        Max = max;
        Reference = reference;
        Caption = caption;
    }

    /// <summary>Axis name.</summary>
    public string Label { get; }

    /// <summary>Plotted value, or null.</summary>
    public double? Value { get; }

    /// <summary>Axis maximum.</summary>
    public double Max { get; }

    /// <summary>Reference value, or null.</summary>
    public double? Reference { get; }

    /// <summary>Caption under the label, or null.</summary>
    public string? Caption { get; }
}

/// <summary>A point in SVG user units (y grows downwards). Immutable.</summary>
public sealed class RadarPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="x">x.</param>
    /// <param name="y">y.</param>
    public RadarPoint(double x, double y)
    {
        X = x;
        Y = y;
    }

    /// <summary>x.</summary>
    public double X { get; }

    /// <summary>y (grows downwards).</summary>
    public double Y { get; }

    /// <summary>Distance from (<paramref name="x"/>, <paramref name="y"/>).</summary>
    /// <param name="x">Other x.</param>
    /// <param name="y">Other y.</param>
    public double DistanceTo(double x, double y) => Math.Sqrt(((X - x) * (X - x)) + ((Y - y) * (Y - y)));

    /// <summary><c>(x, y)</c>, invariant culture.</summary>
    public override string ToString() => "(" + HtmlText.C(X) + ", " + HtmlText.C(Y) + ")";
}
