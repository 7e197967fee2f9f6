using BuurtBot.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class NotificationMailConfiguration : IEntityTypeConfiguration<NotificationMail>
{
    public void Configure(EntityTypeBuilder<NotificationMail> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Key).HasMaxLength(200);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.AccountId).HasMaxLength(450);
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.HasIndex(m => new { m.SentUtc, m.DueUtc });
    }
}
