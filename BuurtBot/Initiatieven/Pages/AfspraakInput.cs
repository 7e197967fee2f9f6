using BuurtBot.Admin;
using BuurtBot.Dialogs.Domain.Buurtdeals;

namespace BuurtBot.Initiatieven.Pages;

/// <summary>
/// One afspraak as the forms post it. Amount and date come in as text and are read by
/// <see cref="InitiatiefDisplay"/>, so "12,50" means twelve euros fifty whatever the server's culture.
/// </summary>
public sealed class AfspraakInput
{
    public DealSide Side { get; set; }

    public string? Description { get; set; }

    public string? Amount { get; set; }

    public string? DueDate { get; set; }

    public string? StartDate { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description);

    /// <summary>The draft, or a Dutch message saying what to fix.</summary>
    public (AfspraakDraft? Draft, string? Error) ToDraft()
    {
        if (IsEmpty)
        {
            return (null, "Beschrijf de afspraak.");
        }

        if (Description!.Trim().Length > Afspraak.MaxDescriptionLength)
        {
            return (null, $"Een afspraak is hoogstens {Afspraak.MaxDescriptionLength} tekens.");
        }

        if (!InitiatiefDisplay.TryParseAmount(Amount, out var amount))
        {
            return (null, $"\"{Amount}\" is geen bedrag; typ bijvoorbeeld 250 of 12,50.");
        }

        if (!InitiatiefDisplay.TryParseDate(DueDate, out var due))
        {
            return (null, $"\"{DueDate}\" is geen datum; kies een datum als jjjj-mm-dd.");
        }

        if (!InitiatiefDisplay.TryParseDate(StartDate, out var start))
        {
            return (null, $"\"{StartDate}\" is geen datum; kies een datum als jjjj-mm-dd.");
        }

        if (start > due)
        {
            return (null, "De afspraak kan niet beginnen na de datum waarop hij klaar moet zijn.");
        }

        return (new AfspraakDraft(Side, Description.Trim(), amount, due, start), null);
    }
}
