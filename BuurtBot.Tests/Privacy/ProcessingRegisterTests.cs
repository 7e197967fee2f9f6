using BuurtBot.Privacy;

namespace BuurtBot.Tests.Privacy;

/// <summary>The README's verwerkingsregister is the inventory's, with the default periods: change one, and this fails until the other follows.</summary>
public sealed class ProcessingRegisterTests
{
    [Fact]
    public void TheReadmeRegisterIsTheInventorysWithTheDefaultPeriods()
    {
        var expected = ProcessingRegister.Markdown(new PrivacyOptions());
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        Assert.True(readme.Contains(expected, StringComparison.Ordinal), "README.md's Verwerkingsregister section should contain exactly:\n" + expected);
        foreach (var table in ResidentDataInventory.Tables)
        {
            Assert.Contains($"`{table}`", readme, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BuurtBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("BuurtBot.sln not found above " + AppContext.BaseDirectory);
    }
}
