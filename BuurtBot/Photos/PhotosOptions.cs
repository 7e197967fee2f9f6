using System.ComponentModel.DataAnnotations;

namespace BuurtBot.Photos;

/// <summary>Section <c>Photos</c>: the limits for a photo a resident sends and where it is kept.</summary>
public sealed class PhotosOptions
{
    public const string Section = "Photos";

    /// <summary>The most bytes we read of one file; a phone photo is 2-6 MB.</summary>
    [Range(64 * 1024, 50 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most pixels we decode (checked from the header before decoding: a small file can unpack to gigabytes).</summary>
    [Range(1_000_000, 100_000_000)]
    public int MaxPixels { get; set; } = 40_000_000;

    /// <summary>The longest side of the stored photo; larger ones are scaled down.</summary>
    [Range(320, 8000)]
    public int MaxEdge { get; set; } = 2048;

    /// <summary>The longest side of the thumbnail in lists.</summary>
    [Range(64, 1024)]
    public int ThumbnailEdge { get; set; } = 320;

    [Range(30, 100)]
    public int JpegQuality { get; set; } = 82;

    public PhotoStorage Storage { get; set; } = PhotoStorage.Database;

    /// <summary>For <see cref="PhotoStorage.Directory"/>: where the files go (created when missing).</summary>
    public string? Directory { get; set; }
}
