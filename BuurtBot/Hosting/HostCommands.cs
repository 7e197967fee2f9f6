using BuurtBot.Admin.Accounts;
using BuurtBot.Storage.Transfer;

namespace BuurtBot.Hosting;

/// <summary>
/// The commands run instead of the web host (<c>admin …</c>, <c>data …</c>): one table, so a new
/// command is one row here and its runner in its capability's folder.
/// </summary>
public static class HostCommands
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], TextWriter, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["admin"] = AdminCommandRunner.RunAsync,
        ["data"] = DataCommandRunner.RunAsync,
    };

    /// <summary>Runs the command <paramref name="args"/> names and sets the exit code; false when it names none (start the web host).</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [var verb, ..] || !Commands.TryGetValue(verb, out var run))
        {
            return false;
        }

        Environment.ExitCode = await run(app.Services, args, Console.Out);
        return true;
    }
}
