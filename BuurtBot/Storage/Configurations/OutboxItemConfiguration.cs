using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class OutboxItemConfiguration : IEntityTypeConfiguration<OutboxItem>
{
    public void Configure(EntityTypeBuilder<OutboxItem> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Channel).HasMaxLength(32);
        builder.Property(o => o.ReplyToChannelMessageId).HasMaxLength(200);
        builder.HasIndex(o => new { o.Status, o.NextAttemptUtc });
        builder.HasIndex(o => new { o.ConversationId, o.Status, o.Id });
        builder.HasOne(o => o.Transcript).WithMany().HasForeignKey(o => o.TranscriptEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(o => o.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
