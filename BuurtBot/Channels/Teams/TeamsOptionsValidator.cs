using Microsoft.Extensions.Options;

namespace BuurtBot.Channels.Teams;

/// <summary>Says at start exactly which Teams setting is wrong and how to fix it.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
