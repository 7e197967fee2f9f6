using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("Inbox");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Channel).HasMaxLength(32);
        builder.Property(i => i.ChannelMessageId).HasMaxLength(200);
        // The dedupe key: a message delivered twice is stored once.
        builder.HasIndex(i => new { i.Channel, i.ChannelMessageId }).IsUnique();
        builder.HasIndex(i => new { i.ConversationId, i.ProcessedUtc, i.Id });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(i => i.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
