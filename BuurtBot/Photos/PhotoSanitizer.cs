using BuurtBot.Dialogs.Messages;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace BuurtBot.Photos;

/// <summary>
/// Makes a file a resident sent into a photo we may keep: the type comes from the bytes (JPEG, PNG,
/// WebP, GIF; what the channel says it is does not count), the size and the pixel count are checked
/// before anything is decoded, the pixels are turned upright and copied into a new image that has no
/// metadata at all (no EXIF, XMP, IPTC, ICC, comments), scaled down to <see cref="PhotosOptions.MaxEdge"/>
/// and written as JPEG, with a thumbnail. Only the EXIF GPS position is read out, to offer it to the
/// resident as the place; it is in neither image.
/// </summary>
public sealed class PhotoSanitizer(IOptions<PhotosOptions> options)
{
    // Only the decoders we mean to run: every other format ImageSharp knows (BMP, TIFF, TGA, PBM) is "not a photo".
    private static readonly Configuration Formats = new(
        new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule(), new GifConfigurationModule())
    {
        // Photos are rare and the machine is shared: one core per photo is plenty.
        MaxDegreeOfParallelism = 1,
    };

    public PhotoCheck Check(ReadOnlyMemory<byte> bytes)
    {
        var o = options.Value;
        if (bytes.Length > o.MaxBytes)
        {
            return PhotoCheck.Refused(AttachmentProblem.TooLarge);
        }

        if (bytes.Length == 0)
        {
            return PhotoCheck.Refused(AttachmentProblem.NotAPhoto);
        }

        try
        {
            using var header = AsStream(bytes);
            var info = Image.Identify(Formats, header, out var format);
            if (info is null || format is null)
            {
                return PhotoCheck.Refused(AttachmentProblem.NotAPhoto);
            }

            if ((long)info.Width * info.Height > o.MaxPixels)
            {
                return PhotoCheck.Refused(AttachmentProblem.TooManyPixels);
            }

            var takenAt = GpsOf(info.Metadata.ExifProfile);
            using var body = AsStream(bytes);
            using var decoded = Image.Load<Rgba32>(Formats, body);
            decoded.Mutate(x => x.AutoOrient().BackgroundColor(Color.White));
            using var clean = PixelsOnly(decoded);
            FitWithin(clean, o.MaxEdge);
            var (width, height) = (clean.Width, clean.Height);
            var jpeg = Encode(clean, o.JpegQuality);
            FitWithin(clean, o.ThumbnailEdge);
            var thumbnail = Encode(clean, o.JpegQuality);
            return PhotoCheck.Accepted(new CleanPhoto(jpeg, thumbnail, width, height, takenAt));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A crafted or damaged file can make a decoder fail in any way (ImageSharp 2 throws a
            // NullReferenceException on a cut-off JPEG): whatever it is, it is no photo we keep.
            return PhotoCheck.Refused(AttachmentProblem.NotAPhoto);
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>A new image made from the pixels alone: whatever the decoder kept as metadata stays behind.</summary>
    private static Image<Rgba32> PixelsOnly(Image<Rgba32> source)
    {
        var pixels = new Rgba32[source.Width * source.Height];
        source.CopyPixelDataTo(pixels);
        return Image.LoadPixelData<Rgba32>(Formats, pixels, source.Width, source.Height);
    }

    private static void FitWithin(Image image, int edge)
    {
        if (image.Width > edge || image.Height > edge)
        {
            var size = Scaled(image, edge);
            image.Mutate(x => x.Resize(size.Width, size.Height));
        }
    }

    private static Size Scaled(Image image, int edge)
    {
        var scale = Math.Min((double)edge / image.Width, (double)edge / image.Height);
        return new Size(Math.Max(1, (int)Math.Round(image.Width * scale)), Math.Max(1, (int)Math.Round(image.Height * scale)));
    }

    private static byte[] Encode(Image image, int quality)
    {
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = quality });
        return output.ToArray();
    }

    /// <summary>The EXIF GPS position as degrees; null when absent, incomplete or impossible.</summary>
    internal static GeoLocation? GpsOf(ExifProfile? exif)
    {
        if (exif is null
            || Degrees(exif.GetValue(ExifTag.GPSLatitude)?.Value) is not { } latitude
            || Degrees(exif.GetValue(ExifTag.GPSLongitude)?.Value) is not { } longitude)
        {
            return null;
        }

        if (string.Equals(exif.GetValue(ExifTag.GPSLatitudeRef)?.Value, "S", StringComparison.OrdinalIgnoreCase))
        {
            latitude = -latitude;
        }

        if (string.Equals(exif.GetValue(ExifTag.GPSLongitudeRef)?.Value, "W", StringComparison.OrdinalIgnoreCase))
        {
            longitude = -longitude;
        }

        return latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && (latitude != 0 || longitude != 0)
            ? new GeoLocation(latitude, longitude)
            : null;
    }

    private static double? Degrees(Rational[]? dms)
    {
        if (dms is not { Length: 3 } || dms.Any(r => r.Denominator == 0))
        {
            return null;
        }

        return dms[0].ToDouble() + dms[1].ToDouble() / 60 + dms[2].ToDouble() / 3600;
    }
}
