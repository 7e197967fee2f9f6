using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.ToTable("Photos");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.StoredIn).HasMaxLength(20);
        builder.Property(p => p.PublicApprovedBy).HasMaxLength(100);
        builder.HasIndex(p => p.ConversationId);
        builder.HasIndex(p => p.InitiatiefId);
        builder.HasOne<Conversation>().WithMany().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        // A removed initiatief takes its photos with it.
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(p => p.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
