using System.Text.Json;
using BuurtBot.Dialogs.Domain.Peilingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class PeilingConfiguration : IEntityTypeConfiguration<Peiling>
{
    public void Configure(EntityTypeBuilder<Peiling> builder)
    {
        builder.ToTable("Peilingen");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Question).HasMaxLength(Peiling.MaxQuestionLength).IsRequired();
        // The options are one small ordered list that is always read whole: JSON text in one column.
        builder.Property(p => p.Options)
            .HasConversion(
                options => JsonSerializer.Serialize(options, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, o) => HashCode.Combine(hash, o.GetHashCode(StringComparison.Ordinal))), list => list.ToList()))
            .HasMaxLength(2000)
            .IsRequired();
        builder.Property(p => p.Wijk).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Buurt).HasMaxLength(100);
        builder.Property(p => p.CreatedBy).HasMaxLength(100).IsRequired();
        builder.HasIndex(p => new { p.Wijk, p.CreatedUtc });
        builder.HasIndex(p => new { p.Status, p.ClosesUtc });
    }
}
