using BuurtBot.Dialogs.Domain;

namespace BuurtBot.Dialogs.Conversations.Wijkagenda;

public sealed record WijkagendaAnswer(string ResidentId, string Wijk, IReadOnlyList<Thema> Themas, string Sentence);
