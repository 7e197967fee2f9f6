namespace BuurtBot.Photos;

/// <summary>A clean photo on its way into the inbox, stored in the same save as the message that carries it.</summary>
public sealed record ReceivedPhoto(Guid Id, CleanPhoto Photo);
