using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class InitiatiefSteunConfiguration : IEntityTypeConfiguration<InitiatiefSteun>
{
    public void Configure(EntityTypeBuilder<InitiatiefSteun> builder)
    {
        builder.ToTable("InitiatiefSteun");
        builder.HasKey(s => new { s.InitiatiefId, s.ResidentId });
        builder.Property(s => s.ResidentId).HasMaxLength(100);
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(s => s.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ResidentId, s.SupportedUtc });
    }
}
