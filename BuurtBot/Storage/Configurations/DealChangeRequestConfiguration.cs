using BuurtBot.Dialogs.Domain.Buurtdeals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class DealChangeRequestConfiguration : IEntityTypeConfiguration<DealChangeRequest>
{
    public void Configure(EntityTypeBuilder<DealChangeRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ResidentId).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(DealChangeRequest.MaxTextLength);
        builder.HasIndex(r => new { r.InitiatiefId, r.HandledUtc });
    }
}
