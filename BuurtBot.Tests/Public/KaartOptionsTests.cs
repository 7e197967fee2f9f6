using System.ComponentModel.DataAnnotations;
using BuurtBot.Public.Kaart;

namespace BuurtBot.Tests.Public;

public sealed class KaartOptionsTests
{
    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.example.org/{z}/{x}/{y}{r}.png", "https://*.tile.example.org")]
    [InlineData("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:8080")]
    public void TheTileServersOriginIsWhatTheCspAllowsForImages(string template, string source) =>
        Assert.Equal(source, new KaartOptions { TileUrl = template }.TileImageSource);

    [Theory]
    [InlineData("tile.openstreetmap.org/{z}/{x}/{y}.png")]
    [InlineData("https://tile.openstreetmap.org/tiles.png")]
    [InlineData("ftp://tiles.example.org/{z}/{x}/{y}.png")]
    public void ATileUrlThatIsNoTemplateIsRefusedAtStartWithAnExample(string template)
    {
        var options = new KaartOptions { TileUrl = template };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Contains("https://tile.openstreetmap.org/{z}/{x}/{y}.png", Assert.Single(results).ErrorMessage);
    }
}
