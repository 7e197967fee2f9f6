using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Dialogs.Domain.Wijkagenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class WijkagendaVersionConfiguration : IEntityTypeConfiguration<WijkagendaVersion>
{
    // Themes by name, so the column reads without a decoder ring (as statuses do).
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<WijkagendaVersion> builder)
    {
        builder.ToTable("WijkagendaVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Wijk).HasMaxLength(100).IsRequired();
        builder.Property(v => v.EditedBy).HasMaxLength(450).IsRequired();
        builder.Property(v => v.ApprovedBy).HasMaxLength(450);
        // The doelstellingen are one small ordered list that is always read whole: JSON text in one column.
        builder.Property(v => v.Doelstellingen)
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<Doelstelling>>(json, Json) ?? new List<Doelstelling>(),
                new ValueComparer<IReadOnlyList<Doelstelling>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, d) => HashCode.Combine(hash, d.GetHashCode())), list => list.ToList()))
            .HasMaxLength(4000)
            .IsRequired();
        builder.HasIndex(v => new { v.Wijk, v.Year, v.Versie }).IsUnique();
    }
}
