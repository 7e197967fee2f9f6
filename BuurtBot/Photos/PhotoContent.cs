namespace BuurtBot.Photos;

/// <summary>The bytes of one photo in the database (<see cref="DatabasePhotoContentStore"/>): the clean JPEG and its thumbnail.</summary>
public sealed class PhotoContent
{
    public Guid PhotoId { get; set; }

    public byte[] Jpeg { get; set; } = [];

    public byte[] Thumbnail { get; set; } = [];
}
