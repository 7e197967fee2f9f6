using System.Security.Cryptography;

namespace BuurtBot.Admin.Accounts;

/// <summary>
/// A random password shown once and changed at first sign-in. Built so it always meets
/// Identity's rules (upper, lower, digit, symbol) and has no look-alike characters.
/// </summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Create()
    {
        var groups = new[] { Upper, Lower, Digits, Upper + Lower + Digits };
        var chunks = Enumerable.Range(0, 4).Select(i => Chunk(groups[i], 5));
        // 4 × 5 random characters, each group from its own alphabet so every class is present.
        return string.Join('-', chunks);
    }

    private static string Chunk(string alphabet, int length) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray());
}
