using BuurtBot.Dialogs.Domain;
using BuurtBot.Dialogs.Domain.Wijkjaren;

namespace BuurtBot.Dialogs.Conversations.Wijkgesprek;

/// <summary>What one resident said in the wijkgesprek: per question answered, a thema, a sentence or both (skipped questions are left out).</summary>
public sealed record WijkgesprekAnswers(string ResidentId, string Wijk, IReadOnlyList<WijkgesprekReply> Replies);

/// <summary>One answered question.</summary>
public sealed record WijkgesprekReply(WijkgesprekVraag Vraag, Thema? Thema, string? Text);
