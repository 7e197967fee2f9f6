namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds the greetings, thanks and "ok"s residents send between answers ("hallo", "Hoi!", "dank je
/// wel", "👋", "thanks"). A prompt answers them kindly and asks its question again in one sentence,
/// without counting them as a failed answer. Only a whole message counts: "hallo, ik wil een bankje"
/// is not small talk. Pure.
/// </summary>
public static class SmallTalkRecognizer
{
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hallo", "hoi", "hey", "hee", "hai", "hi", "hello", "hallo daar", "hoi hoi", "hallootjes", "hoihoi", "yo", "dag", "daag",
        "goedemorgen", "goedemiddag", "goedenavond", "goede morgen", "goede middag", "goedenmiddag", "goedenmorgen", "morgen", "middag",
        "good morning", "good afternoon", "good evening", "hallo bot", "hoi buurtbot", "hallo buurtbot", "hey there", "hi there",
        "👋", "🙋", "🙋‍♀️", "🙋‍♂️", "hallo?", "is daar iemand", "iemand daar",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "dank", "dank je", "dank je wel", "dankjewel", "dankje", "dank u", "dank u wel", "dankuwel", "bedankt", "thanks", "thank you",
        "thx", "merci", "top bedankt", "super bedankt", "heel erg bedankt", "fijn dank je", "thanks a lot", "many thanks", "🙏", "❤️", "♥️",
    };

    private static readonly HashSet<string> Acknowledgements = new(StringComparer.Ordinal)
    {
        "ok", "oke", "okay", "okee", "oké", "prima", "goed", "top", "mooi", "fijn", "aha", "hmm", "hm", "nou", "tja", "alright", "right", "cool", "nice",
    };

    public static SmallTalk? Recognize(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (Greetings.Contains(folded))
        {
            return SmallTalk.Greeting;
        }

        if (Thanks.Contains(folded))
        {
            return SmallTalk.Thanks;
        }

        return Acknowledgements.Contains(folded) ? SmallTalk.Acknowledgement : null;
    }
}
