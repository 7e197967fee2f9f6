using BuurtBot.Dialogs.Engine;
using BuurtBot.Dialogs.Engine.Choices;
using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Dialogs.Conversations;

/// <summary>
/// The buttons of a fixed question ("Indienen · Iets wijzigen · Niet indienen"), each standing for one
/// typed option, built in one place and matched back by value. A button's value is its text in the
/// resident's language (that is what the channels carry and what a typed answer matches), so the
/// option is found by that text, never by the button's position in the list.
/// </summary>
internal sealed class OptionChoices<TOption>
    where TOption : struct, Enum
{
    /// <summary>The languages a button may have been worded in: the turn's first, then the programme's two.</summary>
    private static readonly string[] Languages = ["nl-NL", "en-GB"];

    private readonly (TOption Option, Func<string, string> Title)[] _options;

    public OptionChoices(params (TOption Option, Func<string, string> Title)[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Length == 0)
        {
            throw new ArgumentException("Give at least one option.", nameof(options));
        }

        _options = options;
    }

    /// <summary>The buttons in the order given, titled in <paramref name="locale"/>; each value is its title.</summary>
    public IReadOnlyList<ReplyChoice> For(string locale) => [.. _options.Select(o => ReplyChoice.Of(o.Title(locale)))];

    /// <summary>The everyday words for each option, keyed by its button in <paramref name="locale"/>.</summary>
    public ChoiceSynonyms Synonyms(string locale, IReadOnlyDictionary<TOption, string[]> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new ChoiceSynonyms(_options.Where(o => words.ContainsKey(o.Option)).Select(o => KeyValuePair.Create(o.Title(locale), words[o.Option])));
    }

    /// <summary>
    /// The option the resident picked in the previous step. An answer that is none of them was asked
    /// by another deploy with other texts: a stale stack, which the engine recovers from at the menu.
    /// </summary>
    public TOption Picked(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var value = step.Result is FoundChoice found
            ? found.Value
            : throw new InvalidOperationException($"The step before this one asks with {typeof(TOption).Name} buttons; end it with a ChoicePrompt.");
        return Find(value, step.Context.Locale)
            ?? throw DialogStackMismatchException.For(step.ActiveDialog?.Id ?? typeof(TOption).Name, $"the answer '{value}' is no {typeof(TOption).Name} button");
    }

    /// <summary>The option whose button carries <paramref name="value"/>, worded in <paramref name="locale"/> or else in either language.</summary>
    public TOption? Find(string value, string locale)
    {
        foreach (var language in Languages.Prepend(locale))
        {
            foreach (var (option, title) in _options)
            {
                if (string.Equals(title(language), value, StringComparison.Ordinal))
                {
                    return option;
                }
            }
        }

        return null;
    }
}
