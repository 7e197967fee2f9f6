using BuurtBot.Admin.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class ConversationNoteConfiguration : IEntityTypeConfiguration<ConversationNote>
{
    public void Configure(EntityTypeBuilder<ConversationNote> builder)
    {
        builder.ToTable("ConversationNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.AuthorId).HasMaxLength(100);
        builder.Property(n => n.AuthorName).HasMaxLength(100);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.HasIndex(n => new { n.ConversationId, n.Id });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(n => n.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
