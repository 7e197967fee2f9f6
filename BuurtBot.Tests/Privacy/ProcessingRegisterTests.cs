using BuurtBot.Privacy;
using BuurtBot.Tests.Testing;

namespace BuurtBot.Tests.Privacy;

/// <summary>The README's verwerkingsregister is the inventory's, with the default periods: change one, and this fails until the other follows.</summary>
public sealed class ProcessingRegisterTests
{
    [Fact]
    public void TheReadmeRegisterIsTheInventorysWithTheDefaultPeriods()
    {
        var expected = ProcessingRegister.Markdown(new PrivacyOptions());
        var readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md")).ReplaceLineEndings("\n");
        Assert.True(readme.Contains(expected, StringComparison.Ordinal), "README.md's Verwerkingsregister section should contain exactly:\n" + expected);
        foreach (var table in ResidentDataInventory.Tables)
        {
            Assert.Contains($"`{table}`", readme, StringComparison.Ordinal);
        }
    }
}
