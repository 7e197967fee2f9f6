using BuurtBot.Dialogs.Domain.Peilingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class PeilingDeliveryConfiguration : IEntityTypeConfiguration<PeilingDelivery>
{
    public void Configure(EntityTypeBuilder<PeilingDelivery> builder)
    {
        builder.ToTable("PeilingDeliveries");
        builder.HasKey(d => new { d.PeilingId, d.ResidentId });
        builder.Property(d => d.ResidentId).HasMaxLength(100);
        builder.Property(d => d.ChannelPollId).HasMaxLength(100);
        builder.HasOne<Peiling>().WithMany().HasForeignKey(d => d.PeilingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ChannelPollId);
        builder.HasIndex(d => d.ResidentId);
    }
}
