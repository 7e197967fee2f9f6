using BuurtBot.Admin.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class HandoffRecordConfiguration : IEntityTypeConfiguration<HandoffRecord>
{
    public void Configure(EntityTypeBuilder<HandoffRecord> builder)
    {
        builder.ToTable("Handoffs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Wijk).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(20);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(10);

        // The inzicht reads a period (queue time, or take-over time for direct ones); a take-over finds the chat's open one.
        builder.HasIndex(h => h.QueuedUtc);
        builder.HasIndex(h => h.TakenUtc);
        builder.HasIndex(h => h.ConversationId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(h => h.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
