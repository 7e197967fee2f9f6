using BuurtBot.Admin.Accounts;
using BuurtBot.Tests.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BuurtBot.Tests.Wethouder;

public sealed class WethouderCommandTests(SharedBuurtBotApp app) : IClassFixture<SharedBuurtBotApp>
{
    [Fact]
    public async Task AdminCreateWithWethouderMakesAWijkwethouderHoldingThoseWijken()
    {
        var output = new StringWriter();

        var exit = await AdminCommandRunner.RunAsync(app.Services, ["admin", "create", "wethouder@hilversum.example", "--name", "Wout", "--wethouder", "Zuid", "--wethouder", "oost"], output);

        Assert.Equal(0, exit);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>();
        var account = await users.FindByEmailAsync("wethouder@hilversum.example");
        Assert.NotNull(account);
        Assert.Equal([AdminRoles.Wijkwethouder], await users.GetRolesAsync(account));
        Assert.Equal(["Oost", "Zuid"], (await users.GetClaimsAsync(account)).Where(c => c.Type == AdminClaims.Wijk).Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AWijkThatDoesNotExistMakesNoAccount()
    {
        var exit = await AdminCommandRunner.RunAsync(app.Services, ["admin", "create", "verkeerd@hilversum.example", "--wethouder", "Atlantis"], TextWriter.Null);

        Assert.Equal(1, exit);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<CoordinatorAccount>>().FindByEmailAsync("verkeerd@hilversum.example"));
    }
}
