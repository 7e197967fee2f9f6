namespace BuurtBot.Privacy;

/// <summary>Who the data is about: a resident's id is their conversation's id (as text in the domain, as a Guid in the pipeline).</summary>
public sealed record ResidentKey(Guid ConversationId)
{
    public string ResidentId => ConversationId.ToString("D");

    public static ResidentKey Parse(string residentId) => new(Guid.Parse(residentId));
}
