using BuurtBot.Dialogs.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class InitiatiefEvaluatieConfiguration : IEntityTypeConfiguration<InitiatiefEvaluatie>
{
    public void Configure(EntityTypeBuilder<InitiatiefEvaluatie> builder)
    {
        builder.ToTable("Evaluaties");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.WentWell).HasMaxLength(InitiatiefEvaluatie.MaxTextLength);
        builder.Property(e => e.CouldBeBetter).HasMaxLength(InitiatiefEvaluatie.MaxTextLength);
        builder.Property(e => e.ResidentId).HasMaxLength(100);
        builder.HasIndex(e => e.InitiatiefId);
    }
}
