using System.Text;

namespace BuurtBot.Privacy;

/// <summary>
/// The verwerkingsregister (record of processing) as the README shows it, made from
/// <see cref="ResidentDataInventory"/> and the configured periods, so the register cannot drift
/// from what export, erase and retention do. A test compares it with the README.
/// </summary>
public static class ProcessingRegister
{
    public static string Markdown(PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        text.AppendLine("| Gegevens | Waarom | Waar (tabellen) | Hoe lang | Wie ziet het |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var category in ResidentDataInventory.All)
        {
            text.Append("| ").Append(category.What)
                .Append(" | ").Append(category.Why)
                .Append(" | ").Append(string.Join(", ", category.Tables.Select(t => $"`{t}`")))
                .Append(" | ").Append(category.HowLong(options))
                .Append(" | ").Append(category.Who)
                .AppendLine(" |");
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
