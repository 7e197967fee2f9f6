using BuurtBot.Dialogs.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class MonitoringEntryConfiguration : IEntityTypeConfiguration<MonitoringEntry>
{
    public void Configure(EntityTypeBuilder<MonitoringEntry> builder)
    {
        builder.ToTable("MonitoringEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RoundKey).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(MonitoringEntry.MaxCommentLength);
        builder.Property(e => e.PhotoReference).HasMaxLength(500);
        builder.Property(e => e.ById).HasMaxLength(100);
        builder.HasIndex(e => new { e.InitiatiefId, e.AfspraakId, e.AtUtc });
    }
}
