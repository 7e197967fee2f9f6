using BuurtBot.Dialogs.Domain.Wijkagenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class WijkagendaInputConfiguration : IEntityTypeConfiguration<WijkagendaInput>
{
    public void Configure(EntityTypeBuilder<WijkagendaInput> builder)
    {
        builder.ToTable("WijkagendaInput");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.ResidentId).HasMaxLength(100);
        builder.Property(w => w.Wijk).HasMaxLength(100);
        builder.Property(w => w.Themas).HasMaxLength(200);
        builder.Property(w => w.Sentence).HasMaxLength(400);
        builder.HasIndex(w => new { w.ResidentId, w.Year }).IsUnique();
        builder.HasIndex(w => new { w.Year, w.Wijk });
        builder.Ignore(w => w.ThemaList);
    }
}
