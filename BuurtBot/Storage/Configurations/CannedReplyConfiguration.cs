using BuurtBot.Admin.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> builder)
    {
        builder.ToTable("CannedReplies");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Wijk).HasMaxLength(100);
        builder.Property(r => r.Title).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.HasIndex(r => r.Wijk);
    }
}
