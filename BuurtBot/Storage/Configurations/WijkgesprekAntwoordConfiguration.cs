using BuurtBot.Dialogs.Domain.Wijkjaren;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class WijkgesprekAntwoordConfiguration : IEntityTypeConfiguration<WijkgesprekAntwoord>
{
    public void Configure(EntityTypeBuilder<WijkgesprekAntwoord> builder)
    {
        builder.ToTable("WijkgesprekAntwoorden");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ResidentId).HasMaxLength(100);
        builder.Property(a => a.Wijk).HasMaxLength(100);
        builder.Property(a => a.Vraag).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Thema).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Text).HasMaxLength(WijkgesprekAntwoord.MaxTextLength);
        builder.HasIndex(a => new { a.ResidentId, a.Year });
        builder.HasIndex(a => new { a.Wijk, a.Year });
    }
}
