using BuurtBot.Channels.WebChat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class ClientRateWindowConfiguration : IEntityTypeConfiguration<ClientRateWindow>
{
    public void Configure(EntityTypeBuilder<ClientRateWindow> builder)
    {
        builder.ToTable("ClientRateWindows");
        builder.HasKey(w => new { w.Kind, w.AddressKey, w.WindowStartUtc });
        builder.Property(w => w.Kind).HasMaxLength(20);
        builder.Property(w => w.AddressKey).HasMaxLength(32);
        // The clean-up deletes by age.
        builder.HasIndex(w => w.WindowStartUtc);
    }
}
