using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Wethouder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class WethouderBesprekingConfiguration : IEntityTypeConfiguration<WethouderBespreking>
{
    public void Configure(EntityTypeBuilder<WethouderBespreking> builder)
    {
        builder.ToTable("WethouderBesprekingen");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Wijk).HasMaxLength(100);
        builder.Property(b => b.Note).HasMaxLength(WethouderBespreking.MaxNoteLength);
        builder.Property(b => b.ById).HasMaxLength(100);
        builder.Property(b => b.ByName).HasMaxLength(100);
        builder.HasIndex(b => b.InitiatiefId).IsUnique();
        builder.HasIndex(b => b.Wijk);
        // The mark goes with its initiatief ("vergeet mij", the retention sweep).
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(b => b.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
