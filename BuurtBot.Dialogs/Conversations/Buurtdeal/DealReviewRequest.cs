using System.Text.Json;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Dialogs.Conversations.Buurtdeal;

/// <summary>
/// The argument of a "deal-voorgesteld" event, as JSON text: which initiatief, the afspraken of the
/// version sent (so the next send can say what changed), and the afspraken of the version the
/// resident was sent before, if any. A bare initiatief id (from "Mijn initiatieven") shows the whole deal.
/// </summary>
public sealed record DealReviewRequest(Guid InitiatiefId, IReadOnlyList<AfspraakDraft> Afspraken, IReadOnlyList<AfspraakDraft>? Seen = null)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static DealReviewRequest? Parse(string? argument)
    {
        if (Guid.TryParse(argument, out var id))
        {
            return new DealReviewRequest(id, []);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DealReviewRequest>(argument);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The afspraken of a deal as they are now, to send along.</summary>
    public static IReadOnlyList<AfspraakDraft> Of(Domain.Buurtdeals.Buurtdeal deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return [.. deal.Afspraken.OrderBy(a => a.Side).Select(a => new AfspraakDraft(a.Side, a.Description, a.AmountInEuros, a.DueDate))];
    }
}
