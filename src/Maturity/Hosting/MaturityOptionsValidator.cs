using Microsoft.Extensions.Options;

namespace Maturity.Hosting;

/// <summary>Runs <see cref="MaturityOptions.Validate"/> for the options pipeline: every problem in one
/// <see cref="OptionsValidationException"/>, at start when the host validates on start, else at first use.</summary>
internal sealed class MaturityOptionsValidator : IValidateOptions<MaturityOptions>
{
    public ValidateOptionsResult Validate(string? name, MaturityOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
