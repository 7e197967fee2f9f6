using BuurtBot.Storage;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// Commands run instead of the web host: <c>dotnet run --project BuurtBot -- admin create &lt;email&gt; [--name Voornaam]</c>
/// creates a beheerder and prints a one-time password (with <c>--wethouder &lt;wijk&gt;</c>, once per wijk: a wijkwethouder). This is how the first beheerder comes to be:
/// there is no default account and no default password.
/// </summary>
public static class AdminCommandRunner
{
    /// <summary>Runs an <c>admin …</c> command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not ["admin", "create", var email, .. var rest] || email.StartsWith('-') || !TryReadOptions(rest, out var given, out var wethouderWijken))
        {
            await output.WriteLineAsync("Usage: dotnet run --project BuurtBot -- admin create <email> [--name <voornaam>] [--wethouder <wijk>]...");
            return 2;
        }

        var name = given ?? email.Split('@')[0];
        // With --wethouder the account is a wijkwethouder holding those wijken (read-only); without, a beheerder.
        var role = wethouderWijken.Count > 0 ? AdminRoles.Wijkwethouder : AdminRoles.Beheerder;
        await using var scope = services.CreateAsyncScope();
        // The web host is not started, so the migrations it would run at start run here.
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(email, name, role, wethouderWijken, createdBy: null);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Could not create {email}: {string.Join(" ", result.Errors)}");
            return 1;
        }

        await output.WriteLineAsync($"Created {role} {email}{(wethouderWijken.Count > 0 ? " (" + string.Join(", ", wethouderWijken) + ")" : "")}.");
        await output.WriteLineAsync($"One-time password: {result.OneTimePassword}");
        await output.WriteLineAsync("Sign in at /admin; you will be asked to choose a new password. This password is not shown again.");
        return 0;
    }

    private static bool TryReadOptions(string[] rest, out string? name, out List<string> wethouderWijken)
    {
        name = null;
        wethouderWijken = [];
        for (var i = 0; i < rest.Length; i += 2)
        {
            if (i + 1 >= rest.Length)
            {
                return false;
            }

            switch (rest[i])
            {
                case "--name":
                    name = rest[i + 1];
                    break;
                case "--wethouder":
                    wethouderWijken.Add(rest[i + 1]);
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
