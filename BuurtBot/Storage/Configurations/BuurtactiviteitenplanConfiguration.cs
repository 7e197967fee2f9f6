using System.Text.Json;
using System.Text.Json.Serialization;
using BuurtBot.Dialogs.Domain.Wijkjaren;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class BuurtactiviteitenplanConfiguration : IEntityTypeConfiguration<Buurtactiviteitenplan>
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Buurtactiviteitenplan> builder)
    {
        builder.ToTable("Buurtactiviteitenplannen");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Wijk).HasMaxLength(100).IsRequired();
        builder.Property(p => p.EditedBy).HasMaxLength(450).IsRequired();
        // Each list is small, ordered and always read whole: JSON text in one column.
        Lines(builder.Property(p => p.Regels));
        Lines(builder.Property(p => p.PublishedRegels));
        builder.HasIndex(p => new { p.Wijk, p.Year }).IsUnique();
        builder.Ignore(p => p.HasUnpublishedChanges);
    }

    private static void Lines(PropertyBuilder<IReadOnlyList<PlanRegel>> property) => property
        .HasConversion(
            list => JsonSerializer.Serialize(list, Json),
            json => JsonSerializer.Deserialize<List<PlanRegel>>(json, Json) ?? new List<PlanRegel>(),
            new ValueComparer<IReadOnlyList<PlanRegel>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r.GetHashCode())), list => list.ToList()))
        .HasMaxLength(20000)
        .IsRequired();
}
