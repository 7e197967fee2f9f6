using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntry>
{
    public void Configure(EntityTypeBuilder<TranscriptEntry> builder)
    {
        builder.ToTable("Transcript");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.AuthorName).HasMaxLength(100);
        builder.Property(t => t.ChannelMessageId).HasMaxLength(200);
        builder.HasIndex(t => new { t.ConversationId, t.Id });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(t => t.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
