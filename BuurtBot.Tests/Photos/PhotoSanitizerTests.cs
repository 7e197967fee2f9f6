using BuurtBot.Dialogs.Messages;
using BuurtBot.Photos;
using BuurtBot.Tests.Testing;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;

namespace BuurtBot.Tests.Photos;

/// <summary>What is left of a resident's photo after the sanitizer: only pixels, and a clear refusal for what is no photo.</summary>
public sealed class PhotoSanitizerTests
{
    private static PhotoSanitizer Sanitizer(Action<PhotosOptions>? change = null)
    {
        var options = new PhotosOptions();
        change?.Invoke(options);
        return new PhotoSanitizer(Options.Create(options));
    }

    [Fact]
    public void AJpegWithGpsComesOutWithNoMetadataAtAllAndItsPositionIsOfferedApart()
    {
        var original = TestPhotos.JpegWithGps(52.2240, 5.1760);
        // The test photo really carries what a phone puts in: EXIF and XMP (APP1) and IPTC (APP13).
        Assert.Contains((byte)0xE1, TestPhotos.SegmentMarkers(original));
        Assert.Contains((byte)0xED, TestPhotos.SegmentMarkers(original));
        Assert.True(TestPhotos.Contains(original, TestPhotos.Owner));

        var check = Sanitizer().Check(original);

        var photo = Assert.IsType<CleanPhoto>(check.Photo);
        foreach (var stored in new[] { photo.Jpeg, photo.Thumbnail })
        {
            // Read back from the bytes: only the JFIF header, the tables, the frame and the scan; no APP1 (EXIF, XMP),
            // APP2 (ICC), APP13 (IPTC), APP14 or comment.
            var markers = TestPhotos.SegmentMarkers(stored);
            Assert.DoesNotContain(markers, m => m is >= 0xE1 and <= 0xEF or 0xFE);
            Assert.False(TestPhotos.Contains(stored, TestPhotos.Owner));
            Assert.False(TestPhotos.Contains(stored, TestPhotos.Camera));
            var info = Image.Identify(stored);
            Assert.Null(info.Metadata.ExifProfile);
            Assert.Null(info.Metadata.XmpProfile);
            Assert.Null(info.Metadata.IptcProfile);
            Assert.Null(info.Metadata.IccProfile);
        }

        Assert.Equal((640, 480), (photo.Width, photo.Height));
        Assert.Equal(52.2240, photo.TakenAt!.Latitude, 4);
        Assert.Equal(5.1760, photo.TakenAt.Longitude, 4);
        Assert.True(Image.Identify(photo.Thumbnail).Width <= 320);
    }

    [Fact]
    public void ALargePhotoIsScaledDownAndAPngBecomesAJpeg()
    {
        var check = Sanitizer(o => o.MaxEdge = 800).Check(TestPhotos.Png(1600, 1200));

        var photo = Assert.IsType<CleanPhoto>(check.Photo);
        Assert.Equal((800, 600), (photo.Width, photo.Height));
        Assert.Equal(0xD8, photo.Jpeg[1]);
        Assert.Null(photo.TakenAt);
    }

    [Fact]
    public void AFileLargerThanTheLimitIsRefusedBeforeItIsRead()
    {
        var check = Sanitizer(o => o.MaxBytes = 64 * 1024).Check(new byte[65 * 1024]);

        Assert.Equal(AttachmentProblem.TooLarge, check.Problem);
        Assert.Null(check.Photo);
    }

    [Fact]
    public void APhotoWithMorePixelsThanAllowedIsRefusedFromItsHeader()
    {
        var check = Sanitizer(o => o.MaxPixels = 1_000_000).Check(TestPhotos.Png(1200, 1000));

        Assert.Equal(AttachmentProblem.TooManyPixels, check.Problem);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("%PDF-1.7 a document")]
    [InlineData("")]
    public void WhatIsNoPhotoIsRefusedWhateverItsNameSays(string content)
    {
        var check = Sanitizer().Check(System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(AttachmentProblem.NotAPhoto, check.Problem);
    }

    [Fact]
    public void ADamagedJpegIsRefusedAsNoPhoto()
    {
        var jpeg = TestPhotos.JpegWithGps();
        var cut = jpeg[..(jpeg.Length / 3)];
        Array.Fill(cut, (byte)0x00, 200, cut.Length - 200);

        var check = Sanitizer().Check(cut);

        Assert.Null(check.Photo);
    }
}
