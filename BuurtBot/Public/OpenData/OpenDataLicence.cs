namespace BuurtBot.Public.OpenData;

/// <summary>
/// CC0: Dutch government open data is published without conditions (the Open Data policy and
/// data.overheid.nl use CC0 by default), so anyone may combine it with other municipal data without
/// tracking attribution or share-alike terms. ODbL's share-alike would make reuse in such
/// combinations harder, and nothing here needs protecting: it holds no personal data.
/// </summary>
public static class OpenDataLicence
{
    public const string Id = "CC0-1.0";

    public const string Name = "Creative Commons Zero (CC0 1.0)";

    public const string Url = "https://creativecommons.org/publicdomain/zero/1.0/deed.nl";
}
