using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkjaarEntity = BuurtBot.Dialogs.Domain.Wijkjaren.Wijkjaar;

namespace BuurtBot.Storage.Configurations;

internal sealed class WijkjaarConfiguration : IEntityTypeConfiguration<WijkjaarEntity>
{
    public void Configure(EntityTypeBuilder<WijkjaarEntity> builder)
    {
        builder.ToTable("Wijkjaren");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Wijk).HasMaxLength(100).IsRequired();
        builder.HasIndex(j => new { j.Wijk, j.Year }).IsUnique();
        builder.Ignore(j => j.Huidig);
    }
}
