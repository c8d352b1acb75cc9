using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Maturity.Internal;

/// <summary>Preconditions of public members, one line each. The parameter name comes from the call site, so a
/// renamed parameter can never leave a stale name in the exception. Compiled into every shipped library
/// (Directory.Build.props links this one file).</summary>
internal static class Guard
{
    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentNullException"/> when it is null.</summary>
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(parameterName);

    /// <summary>Returns <paramref name="value"/>, or throws when it is null (<see cref="ArgumentNullException"/>) or
    /// empty (<see cref="ArgumentException"/> saying <paramref name="why"/>).</summary>
    public static string NotNullOrEmpty([NotNull] string? value, string why, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value is null ? throw new ArgumentNullException(parameterName)
        : value.Length == 0 ? throw new ArgumentException(why, parameterName)
        : value;

    /// <summary>Returns <paramref name="value"/>, or throws when it is null, empty or only white space.</summary>
    public static string NotBlank([NotNull] string? value, string why, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value is null ? throw new ArgumentNullException(parameterName)
        : string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(why, parameterName)
        : value;

    /// <summary>Returns <paramref name="value"/>, or throws <see cref="ArgumentOutOfRangeException"/> when it is negative.</summary>
    public static TimeSpan NotNegative(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? parameterName = null) =>
        value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(parameterName, value, "must not be negative") : value;
}
