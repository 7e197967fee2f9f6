using System.Text.Json;
using BuurtBot.Dialogs.Conversations.Privacy;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using BuurtBot.Initiatieven;
using BuurtBot.Storage;
using BuurtBot.Turns;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Privacy;

/// <summary>The resident's right to see their data: everything we keep about them as one file.</summary>
internal sealed class ResidentDataService(BuurtBotDbContext db, TimeProvider time) : IResidentData
{
    private static readonly JsonSerializerOptions Indented = new(MessageJson.Options) { WriteIndented = true };

    public async Task<byte[]> ExportAsync(string residentId, CancellationToken cancellationToken)
    {
        var conversationId = Guid.Parse(residentId);
        var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversationId, cancellationToken);
        var transcript = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId)
            .OrderBy(t => t.Id)
            .Select(t => new { t.TimestampUtc, Author = t.Author.ToString(), t.AuthorName, t.Text })
            .ToListAsync(cancellationToken);
        var initiatieven = await new EfInitiatiefStore(db).ForResidentAsync(residentId, cancellationToken);
        var requests = await db.DealChangeRequests.AsNoTracking()
            .Where(r => r.ResidentId == residentId)
            .Select(r => new { r.InitiatiefId, r.Text, r.CreatedUtc })
            .ToListAsync(cancellationToken);
        var steun = await db.Steun.AsNoTracking()
            .Where(s => s.ResidentId == residentId)
            .Select(s => new { s.InitiatiefId, s.SupportedUtc })
            .ToListAsync(cancellationToken);
        var wijkagenda = await db.Set<WijkagendaInput>().AsNoTracking()
            .Where(w => w.ResidentId == residentId)
            .Select(w => new { w.Year, w.Wijk, w.Themas, w.Sentence, w.AnsweredUtc })
            .ToListAsync(cancellationToken);

        var export = new
        {
            ExportedUtc = time.GetUtcNow().UtcDateTime,
            Resident = new
            {
                Id = residentId,
                conversation.Channel,
                conversation.Locale,
                conversation.CreatedUtc,
                conversation.ConsentUtc,
                conversation.Wijk,
                conversation.Buurt,
                conversation.PeilingenConsentUtc,
            },
            Initiatieven = initiatieven.Select(i => new
            {
                i.Id,
                Role = i.InitiatiefnemerId == residentId ? "initiatiefnemer" : "mede-initiatiefnemer",
                i.Title,
                i.Description,
                i.Doel,
                Thema = i.Thema.ToString(),
                Wijk = i.WijkName,
                Buurt = i.BuurtName,
                i.Location,
                i.NeighboursInSupport,
                i.PublishedAt,
                Status = i.Status.ToString(),
                i.CreatedAt,
                Voorstel = i.Voorstel,
                Timeline = i.Timeline.OrderBy(t => t.At).Select(t => new { t.At, From = t.From?.ToString(), To = t.To.ToString(), t.Reason }),
                Buurtdeal = i.Deal is null ? null : new
                {
                    i.Deal.Version,
                    i.Deal.ClosedAt,
                    Afspraken = i.Deal.Afspraken.Select(a => new { Side = a.Side.ToString(), a.Description, a.AmountInEuros, a.DueDate, Status = a.Status.ToString() }),
                },
            }),
            DealChangeRequests = requests,
            Steun = steun,
            Wijkagenda = wijkagenda,
            Transcript = transcript,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Indented);
    }
}
