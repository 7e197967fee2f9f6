using BuurtBot.Dialogs.Conversations.Wederkerigheid;
using BuurtBot.Dialogs.Domain.Wederkerigheid;

namespace BuurtBot.Tests.Dialogs.Conversations.Wederkerigheid;

/// <summary>The catalogue's keys are data, so what the compiler cannot check is checked here: every suggestion has its texts.</summary>
public sealed class SuggestionButtonTests
{
    public static TheoryData<string> Keys => [.. WederkerigheidCatalog.All.Select(s => s.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EverySuggestionHasAButtonTitleAndATextInBothLanguages(string key)
    {
        var suggestion = WederkerigheidCatalog.Find(key)!;
        foreach (var locale in new[] { "nl-NL", "en-GB" })
        {
            Assert.False(string.IsNullOrWhiteSpace(SuggestionButton.Title(suggestion, locale)));
            Assert.False(string.IsNullOrWhiteSpace(suggestion.Text(locale)));
        }
    }
}
