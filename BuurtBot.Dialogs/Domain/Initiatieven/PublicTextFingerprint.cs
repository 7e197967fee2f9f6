using System.Security.Cryptography;
using System.Text;

namespace BuurtBot.Dialogs.Domain.Initiatieven;

/// <summary>
/// A fingerprint of texts a resident typed, so an approval can tell whether the text it approved is
/// still the text there is, without keeping a second copy of the resident's words.
/// </summary>
public static class PublicTextFingerprint
{
    public static string Of(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        // A separator that cannot be typed keeps ("ab", "c") and ("a", "bc") apart.
        var bytes = Encoding.UTF8.GetBytes(string.Join('\u001f', parts));
        return Convert.ToHexString(SHA256.HashData(bytes), 0, 16);
    }
}
