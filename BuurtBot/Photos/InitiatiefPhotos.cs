using BuurtBot.Dialogs.Domain.Initiatieven;

namespace BuurtBot.Photos;

/// <summary>What the initiatief's admin page shows under "Foto's en plek": its photos and its point on the small area map.</summary>
public sealed record InitiatiefPhotos(Initiatief Initiatief, IReadOnlyList<Photo> Photos, AreaSketch? Map);
