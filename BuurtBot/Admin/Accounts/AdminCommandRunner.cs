using BuurtBot.Storage;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Commands run instead of the web host: <c>dotnet run --project BuurtBot -- admin create &lt;email&gt; [--name Voornaam]</c>
/// creates a beheerder and prints a one-time password. This is how the first beheerder comes to be:
/// there is no default account and no default password.
/// </summary>
public static class AdminCommandRunner
{
    /// <summary>Runs an <c>admin …</c> command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["admin", "create", var email, .. var rest] || email.StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: dotnet run --project BuurtBot -- admin create <email> [--name <voornaam>]");
            return 2;
        }

        var name = rest is ["--name", var given, ..] ? given : email.Split('@')[0];
        await using var scope = services.CreateAsyncScope();
        // The web host is not started, so the migrations it would run at start run here.
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(email, name, AdminRoles.Beheerder, [], createdBy: null);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Could not create {email}: {string.Join(" ", result.Errors)}");
            return 1;
        }

        await output.WriteLineAsync($"Created beheerder {email}.");
        await output.WriteLineAsync($"One-time password: {result.OneTimePassword}");
        await output.WriteLineAsync("Sign in at /admin; you will be asked to choose a new password. This password is not shown again.");
        return 0;
    }
}
