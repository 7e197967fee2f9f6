namespace BuurtBot.Dialogs.Messages;

/// <summary>
/// An answer a prompt did not accept in this turn, recorded on the <see cref="TurnContext"/> so the programme
/// can learn which answers the bot misses. The host keeps it only after a beheerder opted in, and only masked;
/// by default it is dropped with the turn.
/// </summary>
/// <param name="Where">The named step (<c>intake/wijk</c>) or, for a question without one, the prompt's id (<c>main.menu</c>).</param>
/// <param name="Typed">What the resident typed.</param>
/// <param name="Choices">The buttons the question offered, so a beheerder can say which one was meant.</param>
public sealed record Misunderstanding(string Where, string Typed, IReadOnlyList<ReplyChoice> Choices);
