using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.ChannelConversationId).HasMaxLength(200);
        builder.HasIndex(c => new { c.Channel, c.ChannelConversationId }).IsUnique();
        builder.Property(c => c.OwnerCoordinatorId).HasMaxLength(100);
        builder.Property(c => c.Locale).HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Owner);
        builder.Property(c => c.Wijk).HasMaxLength(100);
        builder.HasIndex(c => new { c.Wijk, c.Owner });
        builder.Property(c => c.Buurt).HasMaxLength(100);
    }
}
