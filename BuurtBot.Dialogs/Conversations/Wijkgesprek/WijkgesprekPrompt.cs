using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>
/// One question of the wijkgesprek: the resident taps a thema, types one ("groen", "spelen en
/// bewegen", "jongren"), writes a sentence (which may name a thema: "de bomen zijn mooi" is groen
/// with that sentence), or skips ("Sla over", "nee", "niks"). A bare "ja" or "ja hoor" answers
/// nothing, so the question comes back with what the resident can do.
/// </summary>
public sealed class WijkgesprekPrompt(string dialogId) : Prompt<WijkgesprekPick>(dialogId)
{
    /// <summary>The value of the skip button.</summary>
    public const string SkipValue = "wijkgesprek:skip";

    /// <summary>A sentence this short that names a thema is the thema alone, not a text to keep.</summary>
    private const int ThemaOnlyWords = 3;

    protected override bool TakesAnyText => true;

    protected override Task OnPromptAsync(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceFactory.ForChannel(QuestionText(turnContext, options, isRetry), options.Choices ?? [], turnContext.Capabilities);
        return turnContext.SendAsync(message, cancellationToken);
    }

    protected override PromptRecognizerResult<WijkgesprekPick> OnRecognize(TurnContext turnContext, IDictionary<string, object?> state, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return Recognize(turnContext.Activity.Value ?? turnContext.Activity.Text, options.Choices ?? []) is { } pick
            ? PromptRecognizerResult<WijkgesprekPick>.Of(pick)
            : PromptRecognizerResult<WijkgesprekPick>.Failed;
    }

    /// <summary>What the typed or tapped answer means; null when it answers nothing (empty, or a bare yes).</summary>
    public static WijkgesprekPick? Recognize(string? answer, IReadOnlyList<ReplyChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var typed = answer?.Trim();
        if (string.IsNullOrEmpty(typed) || !typed.Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var folded = TextNormalizer.Fold(typed);
        var words = TextNormalizer.Words(folded);
        if (typed == SkipValue || SkipWords.Contains(folded) || (words.Length <= ThemaOnlyWords && ConfirmRecognizer.Recognize(folded) == false))
        {
            return WijkgesprekPick.Skipped;
        }

        if (words.Length <= ThemaOnlyWords && ConfirmRecognizer.Recognize(folded) == true)
        {
            return null;
        }

        if (ThemaCatalog.TryParse(typed, out var named))
        {
            return new WijkgesprekPick(named, null);
        }

        var themas = choices.Where(c => c.Value != SkipValue).ToList();
        var found = ChoiceRecognizers.RecognizeChoices(typed, themas);
        Thema? thema = found is [var one] && Enum.TryParse<Thema>(one.Value, out var parsed) ? parsed : ThemaIn(folded);
        var text = words.Length <= ThemaOnlyWords && thema is not null ? null : Shorten(typed);
        return new WijkgesprekPick(thema, text);
    }

    /// <summary>The one thema whose everyday words the sentence uses ("bomen" is groen); null when none or several.</summary>
    private static Thema? ThemaIn(string folded)
    {
        var padded = $" {folded} ";
        var hits = ThemaCatalog.All.Where(t => t != Thema.Anders && ThemaCatalog.Keywords(t).Any(k => padded.Contains($" {TextNormalizer.Fold(k)} ", StringComparison.Ordinal))).ToList();
        return hits is [var only] ? only : null;
    }

    private static string Shorten(string text) =>
        text.Length <= WijkgesprekDialog.MaxTextLength ? text : NieuwInitiatief.TextRules.Shorten(text, WijkgesprekDialog.MaxTextLength);

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "sla over", "overslaan", "skip", "niks", "niets", "weet ik niet", "weet niet", "geen idee", "volgende", "verder", "next", "nothing", "dont know",
        "don't know", "no idea", "geen", "pass",
    };
}
