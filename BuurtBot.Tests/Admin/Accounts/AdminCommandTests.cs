using BuurtBot.Admin.Accounts;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Admin.Accounts;

public sealed class AdminCommandTests : IClassFixture<SharedBuurtBotApp>
{
    private readonly BuurtBotApp _app;

    public AdminCommandTests(SharedBuurtBotApp app) => _app = app;

    [Fact]
    public async Task AdminCreatePrintsAOneTimePasswordAndCreatesABeheerderWhoMustChangeIt()
    {
        var output = new StringWriter();

        var exit = await AdminCommandRunner.RunAsync(_app.Services, ["admin", "create", "eerste@hilversum.example", "--name", "Fleur"], output);

        Assert.Equal(0, exit);
        var line = output.ToString().Split('\n').Single(l => l.StartsWith("One-time password: ", StringComparison.Ordinal));
        var password = line["One-time password: ".Length..].Trim();
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
        var account = await users.FindByEmailAsync("eerste@hilversum.example");
        Assert.NotNull(account);
        Assert.Equal("Fleur", account.FirstName);
        Assert.True(account.MustChangePassword);
        Assert.True(await users.IsInRoleAsync(account, AdminRoles.Beheerder));
        Assert.True(await users.CheckPasswordAsync(account, password));
        Assert.NotEqual(password, OneTimePassword.Create());
    }

    [Fact]
    public async Task AdminCreateForAnExistingAddressFailsWithoutChangingIt()
    {
        await AdminCommandRunner.RunAsync(_app.Services, ["admin", "create", "dubbel@hilversum.example"], TextWriter.Null);
        var output = new StringWriter();

        var exit = await AdminCommandRunner.RunAsync(_app.Services, ["admin", "create", "dubbel@hilversum.example"], output);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("One-time password", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIncompleteCommandPrintsUsage()
    {
        var output = new StringWriter();

        Assert.Equal(2, await AdminCommandRunner.RunAsync(_app.Services, ["admin", "create"], output));
        Assert.Contains("Usage", output.ToString(), StringComparison.Ordinal);
    }
}
