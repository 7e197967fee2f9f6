using BuurtBot.Dialogs.Domain.Peilingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class PeilingAnswerConfiguration : IEntityTypeConfiguration<PeilingAnswer>
{
    public void Configure(EntityTypeBuilder<PeilingAnswer> builder)
    {
        builder.ToTable("PeilingAnswers");
        builder.HasKey(a => new { a.PeilingId, a.ResidentId });
        builder.Property(a => a.ResidentId).HasMaxLength(100);
        builder.HasOne<Peiling>().WithMany().HasForeignKey(a => a.PeilingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ResidentId);
    }
}
