using System.Security.Cryptography;

namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// Share codes for published initiatieven: random (not derived from the id, so they cannot be
/// guessed or walked), 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a
/// code read aloud or typed from a poster comes out right. 31^10 ≈ 8·10^14 codes.
/// </summary>
public static class ShareCodes
{
    public const int Length = 10;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as stored, from what a link or a resident gave; null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var code = typed?.Trim().ToUpperInvariant();
        return Initiatief.IsValidShareCode(code) ? code : null;
    }
}
