using BuurtBot.Dialogs.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class CheckInRoundConfiguration : IEntityTypeConfiguration<CheckInRound>
{
    public void Configure(EntityTypeBuilder<CheckInRound> builder)
    {
        builder.ToTable("CheckInRounds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Key).HasMaxLength(200);
        // Two jobs racing to send the same round store it once.
        builder.HasIndex(r => r.Key).IsUnique();
        builder.HasIndex(r => new { r.AnsweredUtc, r.SentUtc });
        builder.HasIndex(r => r.InitiatiefId);
    }
}
