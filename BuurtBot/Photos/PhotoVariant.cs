namespace BuurtBot.Photos;

public enum PhotoVariant
{
    Full,
    Thumbnail,
}
