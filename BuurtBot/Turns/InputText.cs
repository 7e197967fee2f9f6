using System.Text;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Turns;

/// <summary>
/// Cleans what a resident sent before the inbox stores it, so that nothing is acknowledged and then
/// fails in every turn: unpaired surrogates become U+FFFD, Unicode noncharacters (U+FFFE, U+FFFF,
/// U+FDD0–U+FDEF and the last two of every plane) and control characters other than tab and newline are
/// removed (a carriage return becomes a newline), and the text is put in Unicode's composed form (NFC),
/// which the dialogs' comparisons assume and which <c>string.Normalize</c> refuses to make of the
/// characters above.
/// </summary>
public static class InputText
{
    public static InboundMessage Clean(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with
        {
            Text = Clean(message.Text),
            Value = Clean(message.Value),
            StartPayload = Clean(message.StartPayload),
            Locale = Clean(message.Locale),
            EventName = Clean(message.EventName),
            Attachments = message.Attachments.Count == 0 ? message.Attachments
                : [.. message.Attachments.Select(a => a with { Name = Clean(a.Name) })],
        };
    }

    public static string? Clean(string? text)
    {
        if (text is null || IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    clean.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                // \r\n and a lone \r are both one line break.
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    clean.Append('\n');
                }
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The common case (plain ASCII text) costs one pass and no allocation.</summary>
    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            // Beyond ASCII a text may also need composing (e + U+0301 is é), so it gets the full check.
            if (c >= 0x80 || c == '\r' || IsRemoved(c))
            {
                return CleanBeyondAscii(text);
            }
        }

        return true;
    }

    private static bool CleanBeyondAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' || IsRemoved(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static bool IsRemoved(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || IsNoncharacter(c);

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
