using BuurtBot.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuurtBot.Storage.Configurations;

internal sealed class PhotoContentConfiguration : IEntityTypeConfiguration<PhotoContent>
{
    public void Configure(EntityTypeBuilder<PhotoContent> builder)
    {
        builder.ToTable("PhotoContents");
        builder.HasKey(c => c.PhotoId);
        builder.HasOne<Photo>().WithOne().HasForeignKey<PhotoContent>(c => c.PhotoId).OnDelete(DeleteBehavior.Cascade);
    }
}
