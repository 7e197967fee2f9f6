using BuurtBot.Dialogs.Messages;

namespace BuurtBot.Photos;

/// <summary>
/// What <see cref="PhotoSanitizer"/> makes of an accepted photo: only its pixels, re-encoded as JPEG,
/// and a thumbnail. <see cref="TakenAt"/> is the GPS position the original carried, to offer to the
/// resident; it is not in either image.
/// </summary>
public sealed record CleanPhoto(byte[] Jpeg, byte[] Thumbnail, int Width, int Height, GeoLocation? TakenAt);
