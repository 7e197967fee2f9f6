using BuurtBot.Dialogs.Domain.Initiatieven;
using BuurtBot.Dialogs.Domain.Steun;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class SteunMijlpaalConfiguration : IEntityTypeConfiguration<SteunMijlpaal>
{
    public void Configure(EntityTypeBuilder<SteunMijlpaal> builder)
    {
        builder.ToTable("SteunMijlpalen");
        builder.HasKey(m => new { m.InitiatiefId, m.Supporters });
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(m => m.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}
