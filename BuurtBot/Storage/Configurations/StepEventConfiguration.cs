using BuurtBot.Inzicht;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class StepEventConfiguration : IEntityTypeConfiguration<StepEvent>
{
    public void Configure(EntityTypeBuilder<StepEvent> builder)
    {
        builder.ToTable("StepEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Wijk).HasMaxLength(100);
        builder.Property(e => e.Dialog).HasMaxLength(50);
        builder.Property(e => e.Step).HasMaxLength(50);

        // The inzicht reads a period of one dialog; the erase reads one conversation.
        builder.HasIndex(e => new { e.Dialog, e.AtUtc });
        builder.HasIndex(e => e.ConversationId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(e => e.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
