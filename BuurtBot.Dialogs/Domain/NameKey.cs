using System.Text;

namespace BuurtBot.Dialogs.Domain;

/// <summary>
/// Turns a typed name (wijk, buurt, thema) into a comparison key. Residents type "zuid-west", "Villa industria"
/// or "hilversumsemeent" on a phone; all of those must find the same wijk or buurt, so case,
/// accents, spaces and punctuation are all dropped.
/// </summary>
internal static class NameKey
{
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // After FormD decomposition an é is an e plus a separate accent mark, which this skips.
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }
}
