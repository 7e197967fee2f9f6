using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using BuurtbegrotingEntity = BuurtBot.Dialogs.Domain.Buurtbegrotingen.Buurtbegroting;

namespace BuurtBot.Storage.Configurations;

internal sealed class BuurtbegrotingConfiguration : IEntityTypeConfiguration<BuurtbegrotingEntity>
{
    public void Configure(EntityTypeBuilder<BuurtbegrotingEntity> builder)
    {
        builder.ToTable("Buurtbegrotingen");
        builder.HasKey(b => new { b.Wijk, b.Year });
        builder.Property(b => b.Wijk).HasMaxLength(100);
        builder.Property(b => b.SetById).HasMaxLength(100);
    }
}
