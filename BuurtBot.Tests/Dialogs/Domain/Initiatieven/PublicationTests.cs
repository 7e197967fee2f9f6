
namespace BuurtBot.Tests.Dialogs.Domain.Initiatieven;

public sealed class PublicationTests
{
    [Fact]
    public void A_new_initiatief_is_private()
    {
        var initiatief = Examples.Submitted();

        Assert.False(initiatief.IsPublished);
        Assert.Null(initiatief.ShareCode);
    }

    [Fact]
    public void Publishing_gives_it_its_share_code_and_moment()
    {
        var initiatief = Examples.Submitted();

        initiatief.Publish("Bank1234", Examples.Start.AddDays(1));

        Assert.True(initiatief.IsPublished);
        Assert.Equal("Bank1234", initiatief.ShareCode);
        Assert.Equal(Examples.Start.AddDays(1), initiatief.PublishedAt);
    }

    [Fact]
    public void Republishing_keeps_the_first_share_code_so_printed_links_keep_working()
    {
        var initiatief = Examples.Submitted();
        initiatief.Publish("Eerste12", Examples.Start.AddDays(1));

        initiatief.Unpublish(Examples.Start.AddDays(2));
        Assert.False(initiatief.IsPublished);
        Assert.Equal("Eerste12", initiatief.ShareCode);

        initiatief.Publish("Tweede34", Examples.Start.AddDays(3));
        Assert.True(initiatief.IsPublished);
        Assert.Equal("Eerste12", initiatief.ShareCode);
        Assert.Equal(Examples.Start.AddDays(3), initiatief.PublishedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc12")]
    [InlineData("abcdefghijklmnopq")]
    [InlineData("bank-123")]
    [InlineData("bänk1234")]
    [InlineData("bank 1234")]
    public void A_share_code_that_would_break_a_link_is_refused(string code)
    {
        var initiatief = Examples.Submitted();

        Assert.Throws<ArgumentException>(() => initiatief.Publish(code, Examples.Start.AddDays(1)));
        Assert.False(initiatief.IsPublished);
    }
}
