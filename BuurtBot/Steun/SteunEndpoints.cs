using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Steun;

/// <summary>
/// The QR code of a published initiatief's web chat link, public (it goes on posters). A code
/// that is malformed, unknown or no longer published is a 404, the same for all three, so the
/// endpoint says nothing about which codes exist.
/// </summary>
internal static class SteunEndpoints
{
    public static async Task<IResult> QrSvg(string code, BuurtBotDbContext db, ShareLinks links, CancellationToken cancellationToken) =>
        await PublishedCodeAsync(code, db, cancellationToken) is { } known
            ? Results.Text(QrCodes.Svg(links.WebChat(known)), "image/svg+xml")
            : Results.NotFound();

    public static async Task<IResult> QrPng(string code, BuurtBotDbContext db, ShareLinks links, CancellationToken cancellationToken) =>
        await PublishedCodeAsync(code, db, cancellationToken) is { } known
            ? Results.File(links.QrPng(known), "image/png")
            : Results.NotFound();

    private static async Task<string?> PublishedCodeAsync(string code, BuurtBotDbContext db, CancellationToken cancellationToken) =>
        ShareCodes.Normalize(code) is { } normalized
        && await db.Initiatieven.AnyAsync(i => i.ShareCode == normalized && i.PublishedAt != null, cancellationToken)
            ? normalized
            : null;
}
