using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Metadata.Profiles.Iptc;
using SixLabors.ImageSharp.Metadata.Profiles.Xmp;
using SixLabors.ImageSharp.PixelFormats;

namespace BuurtBot.Tests.Testing;

/// <summary>Photos as phones make them: a JPEG with GPS, camera and owner in EXIF, XMP and IPTC; and a tool to read a JPEG's segments.</summary>
public static class TestPhotos
{
    public const string Owner = "Jan Bewoner";
    public const string Camera = "BuurtPhone 12";

    /// <summary>A JPEG taken at (<paramref name="latitude"/>, <paramref name="longitude"/>) (north and east), carrying who and which camera.</summary>
    public static byte[] JpegWithGps(double latitude = 52.2240, double longitude = 5.1760, int width = 640, int height = 480)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(40, 130, 60));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitude, Dms(latitude));
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLongitude, Dms(longitude));
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.Make, Camera);
        exif.SetValue(ExifTag.Artist, Owner);
        image.Metadata.ExifProfile = exif;
        image.Metadata.XmpProfile = new XmpProfile(Encoding.UTF8.GetBytes(
            $"<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"{Owner}\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"));
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Byline, Owner);
        image.Metadata.IptcProfile = iptc;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    /// <summary>A JPEG of random pixels: it does not compress, so its size is about its pixel count.</summary>
    public static byte[] Noise(int width, int height)
    {
        var random = new Random(42);
        var pixels = new byte[width * height * 3];
        random.NextBytes(pixels);
        using var noisy = Image.LoadPixelData<Rgb24>(pixels, width, height);
        using var output = new MemoryStream();
        noisy.SaveAsJpeg(output, new JpegEncoder { Quality = 95 });
        return output.ToArray();
    }

    public static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 80, 40, 255));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>The markers of a JPEG's segments before the image data (0xE0 APP0 … 0xEF APP15, 0xFE comment, tables, frame).</summary>
    public static IReadOnlyList<byte> SegmentMarkers(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "not a JPEG: no SOI marker");
        var markers = new List<byte>();
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break; // start of scan: the pixels follow
            }

            at += 2 + ((jpeg[at + 2] << 8) | jpeg[at + 3]);
        }

        return markers;
    }

    public static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static Rational[] Dms(double degrees)
    {
        var d = Math.Floor(degrees);
        var minutes = (degrees - d) * 60;
        var m = Math.Floor(minutes);
        var s = (minutes - m) * 60;
        return [new Rational((uint)d, 1), new Rational((uint)m, 1), new Rational((uint)Math.Round(s * 10000), 10000)];
    }
}
