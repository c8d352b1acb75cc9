using System;

namespace Maturity.Questionnaire;

/// <summary>How far a section or the whole questionnaire is: answered (including "not applicable")
/// out of asked. Questions not asked, or not yet asked, count in neither. Immutable.</summary>
public readonly struct QuestionnaireProgress : IEquatable<QuestionnaireProgress>
{
    /// <summary>Creates a progress count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more answered than asked.</exception>
    public QuestionnaireProgress(int answered, int asked)
    {
        if (asked < 0 || answered < 0 || answered > asked)
        {
            throw new ArgumentOutOfRangeException(nameof(answered), "Expected 0 <= answered <= asked.");
        }

        Answered = answered;
        Asked = asked;
    }

    /// <summary>Asked questions with a valid answer or "not applicable".</summary>
    public int Answered { get; }

    /// <summary>Questions currently asked.</summary>
    public int Asked { get; }

    /// <summary>Answered / asked, from 0 to 1; 1 when nothing is asked.</summary>
    public double Fraction => Asked == 0 ? 1 : (double)Answered / Asked;

    /// <summary>Every asked question is answered.</summary>
    public bool IsComplete => Answered == Asked;

    /// <inheritdoc/>
    public bool Equals(QuestionnaireProgress other) => Answered == other.Answered && Asked == other.Asked;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is QuestionnaireProgress p && Equals(p);

    /// <inheritdoc/>
    public override int GetHashCode() => (Answered * 397) ^ Asked;

    /// <summary>Equality.</summary>
    public static bool operator ==(QuestionnaireProgress left, QuestionnaireProgress right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(QuestionnaireProgress left, QuestionnaireProgress right) => !left.Equals(right);

    /// <summary><c>answered/asked</c>.</summary>
    public override string ToString() => Answered.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + Asked.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
